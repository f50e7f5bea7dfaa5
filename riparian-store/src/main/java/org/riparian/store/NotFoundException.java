package org.riparian.store;

/** An entity that does not exist (or that the caller may not see). */
public class NotFoundException extends StoreException {

    public NotFoundException(String entity, long id) {
        super(entity + "(" + id + ") does not exist");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
