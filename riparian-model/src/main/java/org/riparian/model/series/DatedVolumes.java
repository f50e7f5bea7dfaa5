package org.riparian.model.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * A recorded series: contiguous periods (days, decades or months), each with the volume that passed in it. A period's
 * volume is spread evenly over its days when a step covers only part of it.
 */
public record DatedVolumes(List<Period> periods) implements Series {

    /** {@code [start, endExclusive)} carrying {@code volumeHm3}. */
    public record Period(LocalDate start, LocalDate endExclusive, double volumeHm3) {
        public Period {
            if (!endExclusive.isAfter(start)) {
                throw new IllegalArgumentException("period " + start + " ends before it starts");
            }
            if (!Double.isFinite(volumeHm3) || volumeHm3 < 0) {
                throw new IllegalArgumentException("volume on " + start + " is " + volumeHm3 + ", expected a finite number >= 0");
            }
        }

        long days() {
            return endExclusive.toEpochDay() - start.toEpochDay();
        }
    }

    public DatedVolumes {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a recorded series needs at least one value");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).start().equals(periods.get(i - 1).endExclusive())) {
                throw new IllegalArgumentException("recorded series has a gap or overlap at " + periods.get(i).start()
                        + " (previous period ends " + periods.get(i - 1).endExclusive() + ")");
            }
        }
    }

    public LocalDate start() {
        return periods.get(0).start();
    }

    public LocalDate endExclusive() {
        return periods.get(periods.size() - 1).endExclusive();
    }

    @Override
    public double[] volumesHm3(TimeAxis axis) {
        if (!covers(axis)) {
            throw new IllegalArgumentException("series covers " + start() + " to " + endExclusive()
                    + " but the run needs " + axis.start() + " to " + axis.endExclusive());
        }
        double[] volumes = new double[axis.size()];
        int first = 0;
        for (Step step : axis.steps()) {
            while (!periods.get(first).endExclusive().isAfter(step.start())) {
                first++;
            }
            for (int p = first; p < periods.size() && periods.get(p).start().isBefore(step.endExclusive()); p++) {
                volumes[step.index()] += overlapShare(periods.get(p), step);
            }
        }
        return volumes;
    }

    private static double overlapShare(Period period, Step step) {
        long from = Math.max(period.start().toEpochDay(), step.start().toEpochDay());
        long to = Math.min(period.endExclusive().toEpochDay(), step.endExclusive().toEpochDay());
        return period.volumeHm3() * (to - from) / period.days();
    }

    @Override
    public boolean covers(TimeAxis axis) {
        return !start().isAfter(axis.start()) && !endExclusive().isBefore(axis.endExclusive());
    }

    @Override
    public DatedVolumes scaled(double factor) {
        List<Period> scaled = new ArrayList<>(periods.size());
        for (Period period : periods) {
            scaled.add(new Period(period.start(), period.endExclusive(), period.volumeHm3() * factor));
        }
        return new DatedVolumes(scaled);
    }

    /**
     * Each period scaled by the factor of the month it starts in: recorded periods are days, decades or months, which
     * never straddle a month.
     */
    @Override
    public DatedVolumes scaledByMonth(double[] factors) {
        List<Period> scaled = new ArrayList<>(periods.size());
        for (Period period : periods) {
            scaled.add(new Period(period.start(), period.endExclusive(),
                    period.volumeHm3() * factors[period.start().getMonthValue() - 1]));
        }
        return new DatedVolumes(scaled);
    }

    /** The same values moved by whole years, so a recorded year can stand for the season being planned. */
    public DatedVolumes shiftedYears(int years) {
        List<Period> shifted = new ArrayList<>(periods.size());
        for (Period period : periods) {
            shifted.add(new Period(period.start().plusYears(years), period.endExclusive().plusYears(years), period.volumeHm3()));
        }
        return new DatedVolumes(shifted);
    }
}
