package org.riparian.model.agreement;

import java.time.MonthDay;
import java.util.List;

/**
 * A reservoir filled to agreed volumes by agreed dates (the Kairakkum agreement of 2000: 3,418 hm³ by 31 May).
 * Compliance only: the allocation engine does not impose it.
 */
public record StorageSchedule(String id, String reservoir, List<Target> targets, List<String> parties, Terms terms) implements Agreement {

    public StorageSchedule {
        targets = List.copyOf(targets);
        parties = List.copyOf(parties);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("storage schedule " + id + " has no targets");
        }
    }

    /** The reservoir holds at least {@code atLeastHm3} on the day {@code by}. */
    public record Target(MonthDay by, double atLeastHm3) {
        public Target {
            if (!Double.isFinite(atLeastHm3) || atLeastHm3 < 0) {
                throw new IllegalArgumentException("storage target of " + by + " is " + atLeastHm3 + " hm3, expected >= 0");
            }
        }
    }
}
