package org.riparian.store.qc;

/** One stored observation as the rules see it, its value in its datastream's unit. */
record Point(long observationId, long startMs, long endMs, double value) {
}
