package org.riparian.engine.costs;

import org.riparian.engine.EngineException;

/** A cost-mode step that has no optimum, or a network the cost LP cannot hold. */
public final class CostLpException extends EngineException {

    public CostLpException(String message) {
        super(message);
    }
}
