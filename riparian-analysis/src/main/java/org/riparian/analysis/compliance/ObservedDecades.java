package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Observations aggregated to decades, as one reading of the data (for instance as the store held them at a date).
 * A decade without any value is absent, never zero.
 */
public interface ObservedDecades {

    /** The mean flow observed at a station over the decade starting {@code decadeStart}, m³/s. */
    Optional<DecadeMean> meanFlowM3s(String node, Flow flow, LocalDate decadeStart);

    /** The mean storage observed in a reservoir over the decade starting {@code decadeStart}, hm³. */
    Optional<DecadeMean> meanVolumeHm3(String reservoir, LocalDate decadeStart);

    /** What a flow observation measures: river discharge at a gauge, withdrawal at a canal head, release below a dam. */
    enum Flow {
        DISCHARGE("discharge"), WITHDRAWAL("withdrawal"), RELEASE("release");

        private final String property;

        Flow(String property) {
            this.property = property;
        }

        /** The observed property's name in the regional vocabulary. */
        public String property() {
            return property;
        }
    }

    /**
     * A decade's mean over the days that have values, in the unit the method names; {@code synthetic} when any value
     * came from a generated (demo) data set rather than a station.
     */
    record DecadeMean(double mean, int daysObserved, boolean synthetic) {
        public DecadeMean {
            if (!Double.isFinite(mean) || daysObserved < 1) {
                throw new IllegalArgumentException("a decade mean needs a finite value over at least one day, got " + mean + " over " + daysObserved);
            }
        }
    }
}
