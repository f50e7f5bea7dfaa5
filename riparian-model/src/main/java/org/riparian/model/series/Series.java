package org.riparian.model.series;

import org.riparian.model.time.TimeAxis;

/**
 * A quantity over time, given as volumes or mean flows, that can be resampled to any time axis by volume: a step
 * receives the volume that falls within its dates, never an average of rates.
 */
public sealed interface Series permits MonthlyProfile, DatedVolumes {

    /** The volume in each step of the axis, hm³. */
    double[] volumesHm3(TimeAxis axis);

    /** True when the series has a value for every day of the axis. */
    boolean covers(TimeAxis axis);

    /** The same series scaled by a factor (climate overlays, demand growth). */
    Series scaled(double factor);

    /** The same series with each calendar month's volumes scaled by that month's factor (12 factors, January first). */
    Series scaledByMonth(double[] factors);
}
