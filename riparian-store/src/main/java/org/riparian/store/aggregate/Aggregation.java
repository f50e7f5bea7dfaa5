package org.riparian.store.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riparian.store.datastream.Interpolation;
import org.riparian.store.observation.BestValue;

/** Aggregates values (ordered or not) into periods of a step, in the calendar of a UTC offset. */
public final class Aggregation {

    private Aggregation() {
    }

    /** Values fall in the period holding their phenomenon start; totals are summed, other values averaged. */
    public static List<Aggregate> of(List<BestValue> values, Interpolation interpolation, Step step, ZoneOffset offset) {
        Map<LocalDate, List<Double>> periods = new TreeMap<>();
        for (BestValue value : values) {
            LocalDate date = Instant.ofEpochMilli(value.startMs()).atOffset(offset).toLocalDate();
            periods.computeIfAbsent(step.start(date), d -> new ArrayList<>()).add(value.result());
        }
        List<Aggregate> aggregates = new ArrayList<>();
        periods.forEach((start, inPeriod) -> {
            double sum = inPeriod.stream().mapToDouble(Double::doubleValue).sum();
            double min = inPeriod.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = inPeriod.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            aggregates.add(new Aggregate(step.label(start), start.atStartOfDay().toInstant(offset), step.next(start).atStartOfDay().toInstant(offset),
                    interpolation.isTotal() ? sum : sum / inPeriod.size(), inPeriod.size(), min, max));
        });
        return aggregates;
    }
}
