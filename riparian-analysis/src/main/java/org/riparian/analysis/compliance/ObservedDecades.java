package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Observations aggregated to decades (and, for energy meters, to any period), as one reading of the data (for
 * instance as the store held them at a date). A decade or period without any value is absent, never zero.
 */
public interface ObservedDecades {

    /** The mean flow observed at a station over the decade starting {@code decadeStart}, m³/s. */
    Optional<DecadeMean> meanFlowM3s(String node, Flow flow, LocalDate decadeStart);

    /** The mean storage observed in a reservoir over the decade starting {@code decadeStart}, hm³. */
    Optional<DecadeMean> meanVolumeHm3(String reservoir, LocalDate decadeStart);

    /** The electricity counted at a meter station over {@code [from, toExclusive)}, GWh, and how many of its days it covers. */
    Optional<Delivered> deliveredGwh(String meter, LocalDate from, LocalDate toExclusive);

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

    /**
     * Electricity counted over a period: the sum of the values in it, GWh, over {@code daysObserved} days of the period
     * (their phenomenon times within it, so one monthly reading covers its month); {@code synthetic} as for a decade mean.
     */
    record Delivered(double gwh, double daysObserved, boolean synthetic) {
        public Delivered {
            if (!Double.isFinite(gwh) || gwh < 0 || !(daysObserved > 0)) {
                throw new IllegalArgumentException("a delivery needs a finite energy >= 0 over some days, got " + gwh + " GWh over " + daysObserved);
            }
        }
    }
}
