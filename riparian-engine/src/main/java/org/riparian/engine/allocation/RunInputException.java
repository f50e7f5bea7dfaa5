package org.riparian.engine.allocation;

import org.riparian.engine.EngineException;

/**
 * The inputs of a run do not fit its time axis, for example an inflow series that ends before the run does. Names the
 * node or agreement, so the user knows which file to extend; nothing was solved.
 */
public final class RunInputException extends EngineException {

    public RunInputException(String message) {
        super(message);
    }
}
