package org.riparian.engine.simulation;

/**
 * How a run spent its time: total wall time, the part inside the solver's own solve calls, and the solve count
 * (more than one per step when priorities have to be enforced tier by tier).
 */
public record RunStatistics(String solver, int steps, int solves, long totalNanos, long solverNanos, long buildNanos) {

    public double engineOverheadRatio() {
        return solverNanos == 0 ? Double.NaN : (double) totalNanos / solverNanos;
    }

    public double millisPerStep() {
        return totalNanos / 1e6 / steps;
    }
}
