package org.riparian.model;

/** The one unchecked exception root of Riparian: every module's own failures extend it, so callers catch one type. */
public class RiparianException extends RuntimeException {

    public RiparianException(String message) {
        super(message);
    }

    public RiparianException(String message, Throwable cause) {
        super(message, cause);
    }
}
