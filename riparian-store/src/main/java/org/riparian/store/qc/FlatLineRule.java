package org.riparian.store.qc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code count} or more consecutive values within {@code tolerance} of the first of them: a stuck sensor, suspect. */
record FlatLineRule(int count, double tolerance) implements Rule {

    @Override
    public List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours) {
        List<Flag> flags = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= series.size(); i++) {
            boolean flat = i < series.size() && Math.abs(series.get(i).value() - series.get(start).value()) <= tolerance;
            if (!flat) {
                if (i - start >= count) {
                    for (int j = start; j < i; j++) {
                        flags.add(new Flag(series.get(j).observationId(), ruleId, "flatline", Severity.SUSPECT,
                                (i - start) + " consecutive values within " + tolerance + " of " + series.get(start).value()));
                    }
                }
                start = i;
            }
        }
        return flags;
    }
}
