package org.riparian.engine.planning;

import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;

/**
 * How a season is optimised: the LP backend, what the reservoirs must hold at the end, and when successive linear
 * programming stops: no end-of-step storage moved more than {@code tolerance} of its reservoir's live storage since
 * the previous iteration, or the iteration cap.
 */
public record PlanningOptions(SolverKind solver, EndStorage endStorage, int maxIterations, double tolerance) {

    public PlanningOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one iteration is needed, got " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("the storage tolerance must be a share of live storage in (0, 1), got " + tolerance);
        }
    }

    /** 0.5% of live storage: for Toktogul 70 hm³ of 14 km³, well inside what its level–storage table is known to. */
    public static PlanningOptions defaults() {
        return new PlanningOptions(SolverKind.GLOP, EndStorage.INITIAL, 20, 5e-3);
    }

    public PlanningOptions withEndStorage(EndStorage end) {
        return new PlanningOptions(solver, end, maxIterations, tolerance);
    }

    public PlanningOptions withSolver(SolverKind kind) {
        return new PlanningOptions(kind, endStorage, maxIterations, tolerance);
    }
}
