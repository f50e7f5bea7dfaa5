package org.riparian.pywr;

import org.riparian.model.RiparianException;

/** A Pywr model that cannot be read or run: the message names the file and the node, parameter or field. */
public class PywrModelException extends RiparianException {

    public PywrModelException(String message) {
        super(message);
    }

    public PywrModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
