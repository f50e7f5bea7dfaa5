package org.riparian.engine.lp;

/** How a solve ended. Only {@link #OPTIMAL} carries a usable solution. */
public enum SolveStatus {
    OPTIMAL, INFEASIBLE, UNBOUNDED, FAILED
}
