package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One decade of a track: the agreed value (absent outside the agreement's period, or for a station without an
 * agreement), the plan's and the observed (absent when nothing was observed), in the track's unit; a flow is a volume
 * over the decade, hm³. {@code status} is absent where nothing was agreed.
 */
public record DecadeLine(String decade, LocalDate start, int days, Optional<Double> agreedHm3, double plannedHm3,
        Optional<Double> observedHm3, int daysObserved, Optional<Status> status) {

    public Optional<Double> againstAgreedHm3() {
        return agreedHm3.flatMap(agreed -> observedHm3.map(observed -> observed - agreed));
    }

    public Optional<Double> againstAgreedPercent() {
        return agreedHm3.flatMap(agreed -> percent(agreed));
    }

    public Optional<Double> againstPlanHm3() {
        return observedHm3.map(observed -> observed - plannedHm3);
    }

    public Optional<Double> againstPlanPercent() {
        return percent(plannedHm3);
    }

    private Optional<Double> percent(double reference) {
        return reference == 0 ? Optional.empty() : observedHm3.map(observed -> 100 * (observed - reference) / reference);
    }
}
