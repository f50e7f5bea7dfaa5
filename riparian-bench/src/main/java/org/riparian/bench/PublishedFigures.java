package org.riparian.bench;

import java.util.OptionalDouble;
import org.riparian.engine.lp.SolverKind;

/**
 * Reference figures published in the design brief (DESIGN.md, "Allocation engine"), ms per daily step on synthetic
 * networks of 60 / 250 / 1,000 nodes, measured earlier on this machine's kind. They are quoted, not measured by this
 * harness: the "rebuilt every step" baseline cannot be run through the engine's public API.
 */
public final class PublishedFigures {

    private static final int[] SIZES = {60, 250, 1000};
    private static final double[] GLOP_REBUILT = {0.11, 0.41, 2.1};
    private static final double[] PYWR = {0.066, 0.16, 0.60};
    private static final double[] CLP_IN_PLACE = {0.018, 0.052, 0.25};
    private static final double[] GLOP_IN_PLACE = {0.030, 0.12, 0.53};

    private PublishedFigures() {
    }

    /** GLOP with the LP rebuilt every step, ms per daily step. */
    public static OptionalDouble glopRebuiltMsPerStep(int size) {
        return at(GLOP_REBUILT, size);
    }

    /** Pywr (Cython + GLPK) at its fastest, ms per daily step. */
    public static OptionalDouble pywrMsPerStep(int size) {
        return at(PYWR, size);
    }

    /** The bare solver with bounds updated in place and presolve off (one solve per step, no engine around it). */
    public static OptionalDouble inPlaceMsPerStep(SolverKind solver, int size) {
        return at(solver == SolverKind.CLP ? CLP_IN_PLACE : GLOP_IN_PLACE, size);
    }

    private static OptionalDouble at(double[] figures, int size) {
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i] == size) {
                return OptionalDouble.of(figures[i]);
            }
        }
        return OptionalDouble.empty();
    }
}
