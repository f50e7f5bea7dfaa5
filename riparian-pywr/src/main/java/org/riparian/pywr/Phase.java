package org.riparian.pywr;

/** When a parameter is evaluated: before the step's LP (from the previous step's flows), after it, or both. */
enum Phase {
    BEFORE, AFTER, BOTH;

    static Phase of(String text) {
        return text == null ? BEFORE : valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }

    boolean before() {
        return this != AFTER;
    }

    boolean after() {
        return this != BEFORE;
    }
}
