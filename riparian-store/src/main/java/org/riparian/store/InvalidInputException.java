package org.riparian.store;

/** Input that the store refuses; the message names the field (or line) and what was expected. Nothing was written. */
public class InvalidInputException extends StoreException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
