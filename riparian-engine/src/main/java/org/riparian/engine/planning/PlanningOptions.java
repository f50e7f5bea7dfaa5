package org.riparian.engine.planning;

import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;

/**
 * How a season is optimised: the LP backend, what the reservoirs must hold at the end, and when successive linear
 * programming stops (no storage moved more than {@code toleranceHm3} since the previous iteration, or the cap).
 */
public record PlanningOptions(SolverKind solver, EndStorage endStorage, int maxIterations, double toleranceHm3) {

    public PlanningOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one iteration is needed, got " + maxIterations);
        }
        if (!(toleranceHm3 > 0)) {
            throw new IllegalArgumentException("the storage tolerance must be > 0 hm3, got " + toleranceHm3);
        }
    }

    public static PlanningOptions defaults() {
        return new PlanningOptions(SolverKind.GLOP, EndStorage.INITIAL, 20, 1.0);
    }

    public PlanningOptions withEndStorage(EndStorage end) {
        return new PlanningOptions(solver, end, maxIterations, toleranceHm3);
    }

    public PlanningOptions withSolver(SolverKind kind) {
        return new PlanningOptions(kind, endStorage, maxIterations, toleranceHm3);
    }
}
