package org.riparian.store.datastream;

import org.riparian.store.unit.Unit;

/**
 * A datastream as ingestion, QC and aggregation see it. Its series is (thing, observed property, aggregation); the
 * series has up to one datastream per processing level, and the best available value comes from the highest level.
 */
public record Datastream(long id, String name, String country, long thingId, long observedPropertyId, ProcessingLevel level,
        String aggregation, Interpolation interpolation, Unit unit, boolean open) {
}
