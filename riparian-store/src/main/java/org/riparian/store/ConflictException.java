package org.riparian.store;

/** A change that contradicts what is stored, such as deleting a Thing that still has Datastreams. */
public class ConflictException extends StoreException {

    public ConflictException(String message) {
        super(message);
    }
}
