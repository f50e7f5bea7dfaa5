package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One month of an energy delivery, to date: the month holding the report's last decade counts only its {@code daysToDate}
 * first days, and its agreed energy is that share of the month's. {@code agreedGwh} is absent outside the agreement's
 * period or where nothing is agreed; {@code observedGwh} absent when nothing was counted, else the mean per day
 * observed times the days to date. {@code status} is absent where nothing was agreed.
 */
public record MonthLine(String month, LocalDate start, int days, int daysToDate, Optional<Double> agreedGwh, Optional<Double> observedGwh,
        double daysObserved, Optional<Status> status) {

    public Optional<Double> againstAgreedGwh() {
        return agreedGwh.flatMap(agreed -> observedGwh.map(observed -> observed - agreed));
    }

    public Optional<Double> againstAgreedPercent() {
        return agreedGwh.filter(agreed -> agreed != 0).flatMap(agreed -> observedGwh.map(observed -> 100 * (observed - agreed) / agreed));
    }
}
