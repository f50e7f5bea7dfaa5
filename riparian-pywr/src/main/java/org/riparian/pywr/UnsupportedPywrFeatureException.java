package org.riparian.pywr;

/** A well-formed Pywr model using a node, parameter or value type Riparian does not run yet. */
public final class UnsupportedPywrFeatureException extends PywrModelException {

    public UnsupportedPywrFeatureException(String kind, String name, String type) {
        this("unsupported " + kind + " " + name + " of type " + type);
    }

    /** The same message with where it was found before it. */
    UnsupportedPywrFeatureException(String message) {
        super(message);
    }
}
