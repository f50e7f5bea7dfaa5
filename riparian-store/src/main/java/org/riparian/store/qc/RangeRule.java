package org.riparian.store.qc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values outside [hardMin, hardMax] are bad, outside [softMin, softMax] suspect; {@code month} (1–12) limits the rule
 * to one calendar month of the phenomenon start, 0 applies it all year.
 */
record RangeRule(int month, double hardMin, double hardMax, double softMin, double softMax) implements Rule {

    @Override
    public List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours) {
        List<Flag> flags = new ArrayList<>();
        for (Point point : series) {
            if (month != 0 && Instant.ofEpochMilli(point.startMs()).atZone(ZoneOffset.UTC).getMonthValue() != month) {
                continue;
            }
            String where = month == 0 ? "" : " for month " + month;
            if (point.value() < hardMin || point.value() > hardMax) {
                flags.add(new Flag(point.observationId(), ruleId, "range", Severity.BAD,
                        point.value() + " is outside the hard range [" + hardMin + ", " + hardMax + "]" + where));
            } else if (point.value() < softMin || point.value() > softMax) {
                flags.add(new Flag(point.observationId(), ruleId, "range", Severity.SUSPECT,
                        point.value() + " is outside the soft range [" + softMin + ", " + softMax + "]" + where));
            }
        }
        return flags;
    }
}
