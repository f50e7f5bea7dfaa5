package org.riparian.engine.lp;

import java.util.Locale;

/** The LP backends available through OR-Tools. GLOP is the default; CLP updates bounds in place and is faster on large networks. */
public enum SolverKind {
    GLOP("GLOP"), CLP("CLP");

    private final String orToolsId;

    SolverKind(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    String orToolsId() {
        return orToolsId;
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
            throw new IllegalArgumentException("unknown solver '" + text + "', expected glop, clp or auto", e);
        }
    }
}
