package org.riparian.analysis.compliance;

import java.util.List;

/**
 * Why a delivery fell short of the agreement in one decade: {@code shortfallHm3} (agreed minus observed) is the
 * shortfall the plan already had ({@code plannedShortfallHm3}, agreed minus planned) plus the parts found upstream
 * plus what the observations cannot explain. A positive part explains the shortfall; a negative one offsets it.
 */
public record Attribution(String decade, double shortfallHm3, double plannedShortfallHm3, List<Part> parts, double unexplainedHm3,
        List<String> unobserved) {

    public Attribution {
        parts = List.copyOf(parts);
        unobserved = List.copyOf(unobserved);
    }

    /** One upstream cause at one node, hm³ over the decade. */
    public record Part(Cause cause, String node, double hm3) {
    }

    /** The three causes the commission asks about. */
    public enum Cause {
        NATURAL_INFLOW_BELOW_PLAN("natural inflow below plan"),
        RELEASE_BELOW_PLAN("upstream release below schedule"),
        WITHDRAWAL_ABOVE_PLAN("withdrawal above plan on the way");

        private final String words;

        Cause(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
