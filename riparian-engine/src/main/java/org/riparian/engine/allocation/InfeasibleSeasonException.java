package org.riparian.engine.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.riparian.engine.EngineException;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.model.time.TimeAxis;

/** A season LP the solver could not solve; the LP is written to a file with the network's names. */
public final class InfeasibleSeasonException extends EngineException {

    private InfeasibleSeasonException(String message) {
        super(message);
    }

    public static InfeasibleSeasonException of(TimeAxis axis, SolveStatus status, LinearSolver lp) {
        String where = "the season " + axis.start() + " to " + axis.endExclusive().minusDays(1) + " could not be optimised (" + status.name().toLowerCase() + ")";
        try {
            Path file = Files.createTempFile("riparian-season-", ".lp");
            Files.writeString(file, lp.toLpFormat());
            return new InfeasibleSeasonException(where + "; the LP is in " + file);
        } catch (IOException | RuntimeException e) {
            return new InfeasibleSeasonException(where);
        }
    }
}
