package org.riparian.pywr;

/** A named parameter of the model with the phase its value is taken in. */
record Parameter(String name, Phase phase, Value value) {
}
