package org.riparian.analysis.compliance;

import java.util.List;
import java.util.Optional;
import org.riparian.model.agreement.Terms;

/**
 * An energy delivery followed month by month: electricity from one country to another, counted at a meter station,
 * against the GWh agreed per month. {@code toDate} sums the months that bind and were counted (like for like).
 */
public record EnergyTrack(String id, String fromCountry, String toCountry, String basin, List<String> parties, String measuredAt, Terms terms,
        List<MonthLine> months, ToDate toDate) {

    public EnergyTrack {
        parties = List.copyOf(parties);
        months = List.copyOf(months);
    }

    /**
     * The months to date that bind and were counted: agreed and delivered GWh (absent when none was counted), how many
     * months were compared and how many binding ones had no count; no data when none was counted.
     */
    public record ToDate(Optional<Double> agreedGwh, Optional<Double> observedGwh, int monthsCompared, int monthsMissing, Status status) {

        public Optional<Double> againstAgreedPercent() {
            return agreedGwh.filter(agreed -> agreed != 0).flatMap(agreed -> observedGwh.map(observed -> 100 * (observed - agreed) / agreed));
        }
    }

    /** The line of one month, by its label such as 2026-07. */
    public Optional<MonthLine> month(String label) {
        return months.stream().filter(line -> line.month().equals(label)).findFirst();
    }
}
