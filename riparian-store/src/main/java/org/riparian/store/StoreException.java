package org.riparian.store;

import org.riparian.model.RiparianException;

/** The store's root exception; the server maps each subclass to one HTTP status. */
public class StoreException extends RiparianException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
