package org.riparian.pywr;

/** A storage's volume at the start: a proportion of its max volume, or an absolute volume. */
record InitialVolume(boolean proportional, double value) {

    static InitialVolume proportion(double proportion) {
        return new InitialVolume(true, proportion);
    }

    double volumeAt(double capacity) {
        return proportional ? value * capacity : value;
    }
}
