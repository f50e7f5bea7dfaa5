package org.riparian.engine.lp;

import java.util.Locale;

/**
 * The LP backends available through OR-Tools. GLOP is the default; CLP updates bounds in place and is faster on large
 * networks; CBC solves the few mixed-integer programs (mutually exclusive links) and is slower on plain LPs.
 */
public enum SolverKind {
    GLOP("GLOP"), CLP("CLP"), CBC("CBC");

    private final String orToolsId;

    SolverKind(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    String orToolsId() {
        return orToolsId;
    }

    /** Whether this backend accepts integer columns. */
    public boolean mixedInteger() {
        return this == CBC;
    }

    public LinearSolver create() {
        return new OrToolsSolver(this);
    }

    /** {@code glop} or {@code clp}; {@code auto} picks {@code whenAuto}, the backend the caller's kind of run does best with. */
    public static SolverKind parse(String text, SolverKind whenAuto) {
        return text.trim().equalsIgnoreCase("auto") ? whenAuto : parse(text);
    }

    public static SolverKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown solver '" + text + "', expected glop, clp, cbc or auto", e);
        }
    }
}
