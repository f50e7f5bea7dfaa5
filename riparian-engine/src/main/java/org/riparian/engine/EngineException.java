package org.riparian.engine;

/** Root of the engine's unchecked exceptions: a run that cannot be completed for a reason a user can act on. */
public class EngineException extends org.riparian.model.RiparianException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
