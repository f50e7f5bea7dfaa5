package org.riparian.analysis.compliance;

/** One quantity read at one node, both in the plan and in the observations. */
record Measure(String node, Kind kind) {

    enum Kind {
        /** River flow passing a gauge: the plan's outflow of the node. */
        DISCHARGE,
        /** Water taken in at a canal head: the plan's inflow of the canal. */
        WITHDRAWAL,
        /** Water leaving a reservoir: the plan's outflow of the reservoir. */
        RELEASE,
        /** A headwater or lateral inflow, observed as discharge at its gauge: the plan's outflow of the inflow node. */
        NATURAL_INFLOW,
        /** Storage in a reservoir, the mean over the decade. */
        VOLUME
    }
}
