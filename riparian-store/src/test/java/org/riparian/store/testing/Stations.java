package org.riparian.store.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;

/** Builds stations and datastreams through the store's public API, as a client would. */
public final class Stations {

    public static final Principal ADMIN = Principal.system("test admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    public Stations(Store store) {
        this.store = store;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('`', '"'));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gauge of {@code country} with a located Thing, one discharge sensor and the observed property, returning the Thing's id. */
    public long gauge(String name, String country) {
        return store.entities().create(ADMIN, EntityType.THING, json("""
                {`name`: `%s`, `description`: `gauging station`, `properties`: {`country`: `%s`},
                 `Locations`: [{`name`: `%s`, `description`: `site`, `encodingType`: `application/geo+json`,
                                `location`: {`type`: `Point`, `coordinates`: [72.5, 41.2]}, `properties`: {`country`: `%s`}}]}
                """.formatted(name, country, name, country)));
    }

    public long observedProperty(String name) {
        return store.entities().create(ADMIN, EntityType.OBSERVED_PROPERTY, json("""
                {`name`: `%s`, `definition`: `https://riparian.example/def/%s`, `description`: `%s`}""".formatted(name, name, name)));
    }

    public long sensor(String name) {
        return store.entities().create(ADMIN, EntityType.SENSOR, json("""
                {`name`: `%s`, `description`: `sensor`, `encodingType`: `text/html`, `metadata`: `https://riparian.example/sensors`}""".formatted(name)));
    }

    /** A datastream of the given thing, property, level and unit; aggregation and interpolation as given. */
    public long datastream(long thing, long sensor, long property, String level, String unit, String aggregation, String interpolation) {
        return store.entities().create(ADMIN, EntityType.DATASTREAM, json("""
                {`name`: `%s %s`, `description`: `series`, `observationType`: `http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement`,
                 `unitOfMeasurement`: {`name`: `%s`, `symbol`: `%s`, `definition`: ``},
                 `properties`: {`processingLevel`: `%s`, `aggregation`: `%s`, `interpolationType`: `%s`},
                 `Thing`: {`@iot.id`: %d}, `Sensor`: {`@iot.id`: %d}, `ObservedProperty`: {`@iot.id`: %d}}
                """.formatted(level, unit, unit, unit, level, aggregation, interpolation, thing, sensor, property)));
    }

    /** A raw instantaneous discharge datastream (m3/s) at a new gauge of {@code country}. */
    public long dischargeAt(String name, String country) {
        long thing = gauge(name, country);
        return datastream(thing, sensor(name + " radar"), observedProperty("discharge " + name), "raw", "m3/s", "instant", "Continuous");
    }
}
