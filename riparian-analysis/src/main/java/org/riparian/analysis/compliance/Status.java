package org.riparian.analysis.compliance;

/** How an observed value stands against an agreed one. */
public enum Status {
    MET, WITHIN_TOLERANCE, BREACHED, NO_DATA;

    /** met, within tolerance, breached, no data. */
    public String words() {
        return name().toLowerCase().replace('_', ' ');
    }

    /**
     * {@code observed} against {@code agreed}, a floor or a ceiling, with {@code tolerance} as a share of the agreed value.
     * A relative 1e-9 absorbs the rounding of unit conversions, so an exact delivery of the agreed volume is met.
     */
    static Status of(double observed, double agreed, Bound bound, double tolerance) {
        double slack = 1e-9 * Math.max(1, Math.abs(agreed));
        double miss = bound == Bound.AT_LEAST ? agreed - observed : observed - agreed;
        if (miss <= slack) {
            return MET;
        }
        return miss <= tolerance * Math.abs(agreed) + slack ? WITHIN_TOLERANCE : BREACHED;
    }

    /** Whether the agreed value is the least (deliveries, storage) or the most (withdrawals) allowed. */
    public enum Bound { AT_LEAST, AT_MOST }
}
