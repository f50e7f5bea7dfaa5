package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.model.agreement.EnergyDelivery;

/**
 * Builds an energy delivery's track over the months from the season's start to the end of the report's last decade.
 * A month binds where the agreement's period holds its first day and the agreed energy is above zero (a zero asks
 * nothing); the delivery is a floor, so less than agreed beyond the tolerance is a breach.
 */
final class EnergyTracks {

    private final Readings readings;
    private final LocalDate seasonStart;
    private final LocalDate endExclusive;

    /** Months from {@code seasonStart} up to (not including) {@code endExclusive}, the day after the last decade. */
    EnergyTracks(Readings readings, LocalDate seasonStart, LocalDate endExclusive) {
        this.readings = readings;
        this.seasonStart = seasonStart;
        this.endExclusive = endExclusive;
    }

    EnergyTrack of(EnergyDelivery delivery) {
        List<MonthLine> lines = new ArrayList<>();
        for (LocalDate month = seasonStart.withDayOfMonth(1); month.isBefore(endExclusive); month = month.plusMonths(1)) {
            lines.add(line(delivery, month));
        }
        return new EnergyTrack(delivery.id(), delivery.fromCountry(), delivery.toCountry(), delivery.basin(), delivery.parties(),
                delivery.measuredAt(), delivery.terms(), lines, toDate(delivery, lines));
    }

    private MonthLine line(EnergyDelivery delivery, LocalDate month) {
        LocalDate from = month.isBefore(seasonStart) ? seasonStart : month;
        LocalDate next = month.plusMonths(1);
        LocalDate to = next.isAfter(endExclusive) ? endExclusive : next;
        int days = month.lengthOfMonth();
        int daysToDate = (int) (to.toEpochDay() - from.toEpochDay());
        double share = (double) daysToDate / days;
        Optional<Double> agreed = Optional.of(delivery.energyGwh().month(month.getMonthValue()) * share)
                .filter(gwh -> gwh > 0 && delivery.terms().binds(from));
        Optional<ObservedDecades.Delivered> counted = readings.delivered(delivery.measuredAt(), from, to);
        Optional<Double> observed = counted.map(d -> d.gwh() * daysToDate / d.daysObserved());
        Optional<Status> status = agreed.map(a -> observed.map(o -> Status.of(o, a, Status.Bound.AT_LEAST, delivery.terms().toleranceFraction()))
                .orElse(Status.NO_DATA));
        String label = String.format("%d-%02d", month.getYear(), month.getMonthValue());
        return new MonthLine(label, from, days, daysToDate, agreed, observed, counted.map(ObservedDecades.Delivered::daysObserved).orElse(0.0),
                status);
    }

    private static EnergyTrack.ToDate toDate(EnergyDelivery delivery, List<MonthLine> lines) {
        List<MonthLine> binding = lines.stream().filter(line -> line.agreedGwh().isPresent()).toList();
        List<MonthLine> compared = binding.stream().filter(line -> line.observedGwh().isPresent()).toList();
        Optional<Double> agreed = compared.isEmpty() ? Optional.empty()
                : Optional.of(compared.stream().mapToDouble(line -> line.agreedGwh().get()).sum());
        Optional<Double> observed = compared.isEmpty() ? Optional.empty()
                : Optional.of(compared.stream().mapToDouble(line -> line.observedGwh().get()).sum());
        Status status = agreed.flatMap(a -> observed.map(o -> Status.of(o, a, Status.Bound.AT_LEAST, delivery.terms().toleranceFraction())))
                .orElse(Status.NO_DATA);
        return new EnergyTrack.ToDate(agreed, observed, compared.size(), binding.size() - compared.size(), status);
    }
}
