package org.riparian.engine.allocation;

/** One coefficient of a linear expression over LP columns. */
record Term(int column, double coefficient) {
}
