package org.riparian.pywr;

/** A number of a Pywr model evaluated at a step: a literal, a parameter, a time series, a table entry, a node's flow. */
@FunctionalInterface
interface Value {

    double of(Evaluator evaluator);

    static Value literal(double value) {
        return evaluator -> value;
    }
}
