package org.riparian.store.entity;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Rights;
import org.riparian.store.datastream.ProcessingLevel;

/**
 * Whose an entity is: the country (none for the regional vocabulary and regional locations, sensors and features)
 * and, for a datastream, its processing level. Rights are decided on this.
 */
record Owner(String country, ProcessingLevel level) {

    /** The owner of a new row of {@code type} with these column values, filling in a station's country. */
    static Owner ofNew(Handle handle, Principal who, EntityType type, Map<String, Object> columns, String path) {
        switch (type) {
            case THING -> {
                Object country = columns.computeIfAbsent("country", c -> who.country().orElse(null));
                if (country == null) {
                    throw new InvalidInputException(path + ".properties.country", "a station needs its country (ISO 3166 alpha-3, such as KGZ)");
                }
                return new Owner((String) country, null);
            }
            case LOCATION, SENSOR, FEATURE_OF_INTEREST -> {
                return new Owner((String) columns.computeIfAbsent("country", c -> who.country().orElse(null)), null);
            }
            case DATASTREAM -> {
                String country = countryOf(handle, EntityType.THING, (Long) columns.get("thing_id"));
                columns.put("country", country);
                return new Owner(country, ProcessingLevel.of((String) columns.get("processing_level"), path + ".properties.processingLevel"));
            }
            case HISTORICAL_LOCATION -> {
                return new Owner(countryOf(handle, EntityType.THING, (Long) columns.get("thing_id")), null);
            }
            default -> {
                return new Owner(null, null);
            }
        }
    }

    /** The owner of a stored row. */
    static Owner of(Handle handle, EntityType type, long id) {
        return switch (type) {
            case DATASTREAM -> handle.createQuery("select country, processing_level from datastream where id = :id").bind("id", id)
                    .map((rs, ctx) -> new Owner(rs.getString("country").strip(), ProcessingLevel.of(rs.getString("processing_level"), "processingLevel")))
                    .findOne().orElseThrow(() -> new NotFoundException(type.singular(), id));
            case OBSERVATION -> handle.createQuery("select d.country, d.processing_level from observation o join datastream d on d.id = o.datastream_id where o.id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> new Owner(rs.getString("country").strip(), ProcessingLevel.of(rs.getString("processing_level"), "processingLevel")))
                    .findOne().orElseThrow(() -> new NotFoundException(type.singular(), id));
            case HISTORICAL_LOCATION -> new Owner(handle.createQuery("select t.country from historical_location h join thing t on t.id = h.thing_id where h.id = :id")
                    .bind("id", id).mapTo(String.class).findOne().map(String::strip)
                    .orElseThrow(() -> new NotFoundException(type.singular(), id)), null);
            case OBSERVED_PROPERTY -> {
                EntityReaderSupport.requireExists(handle, type, id);
                yield new Owner(null, null);
            }
            default -> new Owner(countryOf(handle, type, id), null);
        };
    }

    void requireWrite(Principal who, EntityType type) {
        Rights.requireWrite(who, country, level, type.setName());
    }

    private static String countryOf(Handle handle, EntityType type, Long id) {
        if (id == null) {
            throw new InvalidInputException(type.singular(), "is required");
        }
        EntityReaderSupport.requireExists(handle, type, id);
        return handle.createQuery("select country from " + type.table() + " where id = :id").bind("id", id)
                .mapTo(String.class).findOne().map(String::strip).orElse(null);
    }
}
