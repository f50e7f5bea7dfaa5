package org.riparian.store.observation;

import org.riparian.store.datastream.ProcessingLevel;

/** The best available value of a series at one phenomenon time, in the unit asked for, and the level it came from. */
public record BestValue(long observationId, long startMs, long endMs, double result, ProcessingLevel level) {
}
