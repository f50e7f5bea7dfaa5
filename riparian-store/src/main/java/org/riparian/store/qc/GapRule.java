package org.riparian.store.qc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** More than {@code maxGapHours} between two consecutive values: the value after the gap is flagged suspect. */
record GapRule(double maxGapHours) implements Rule {

    @Override
    public List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours) {
        List<Flag> flags = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            double hours = (series.get(i).startMs() - series.get(i - 1).startMs()) / 3_600_000.0;
            if (hours > maxGapHours) {
                flags.add(new Flag(series.get(i).observationId(), ruleId, "gap", Severity.SUSPECT,
                        "follows a gap of " + RateRule.round(hours) + " h, more than " + maxGapHours + " h"));
            }
        }
        return flags;
    }
}
