package org.riparian.store.qc;

import java.util.List;
import java.util.Map;

/** A QC rule of one datastream. {@link #check} flags points of a series ordered by phenomenon time. */
sealed interface Rule permits RangeRule, RateRule, FlatLineRule, GapRule, ContinuityRule {

    /** The flags this rule sets on {@code series}; {@code neighbours} holds the series of other datastreams it compares with. */
    List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours);

    /** Other datastreams whose values this rule reads (upstream, withdrawals); empty for most rules. */
    default List<Long> reads() {
        return List.of();
    }
}
