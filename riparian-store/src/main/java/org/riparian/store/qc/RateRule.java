package org.riparian.store.qc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A change faster than {@code maxChangePerHour} (in the datastream's unit per hour) from the previous value is suspect. */
record RateRule(double maxChangePerHour) implements Rule {

    private static final double HOUR_MS = 3_600_000.0;

    @Override
    public List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours) {
        List<Flag> flags = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            Point before = series.get(i - 1);
            Point point = series.get(i);
            double hours = Math.max((point.startMs() - before.startMs()) / HOUR_MS, 1e-9);
            double rate = Math.abs(point.value() - before.value()) / hours;
            if (rate > maxChangePerHour) {
                flags.add(new Flag(point.observationId(), ruleId, "rate", Severity.SUSPECT, "changed by "
                        + round(point.value() - before.value()) + " in " + round(hours) + " h, more than " + maxChangePerHour + " per hour"));
            }
        }
        return flags;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
