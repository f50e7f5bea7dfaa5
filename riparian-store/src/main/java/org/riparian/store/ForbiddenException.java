package org.riparian.store;

/** A write that the caller's role or country does not allow. Nothing was written. */
public class ForbiddenException extends StoreException {

    public ForbiddenException(String message) {
        super(message);
    }
}
