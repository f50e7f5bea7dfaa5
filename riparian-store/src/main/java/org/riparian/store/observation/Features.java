package org.riparian.store.observation;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The feature of interest of an observation delivered without one: the station's location, as the standard asks,
 * made into a FeatureOfInterest once and reused. A station without a Location has none to give, and {@link Batch}
 * refuses such an observation.
 */
final class Features {

    private Features() {
    }

    static Long ofStation(Handle handle, long datastreamId) {
        Optional<Map<String, Object>> location = handle.createQuery("""
                select l.name, l.description, l.encoding_type, l.location, l.country from location l
                join thing_location tl on tl.location_id = l.id join datastream d on d.thing_id = tl.thing_id
                where d.id = :ds order by l.id limit 1""").bind("ds", datastreamId).mapToMap().findOne();
        if (location.isEmpty()) {
            return null;
        }
        Map<String, Object> l = location.get();
        Optional<Long> existing = handle.createQuery("""
                select id from feature_of_interest where name = :name and encoding_type = :encoding and feature = :feature order by id limit 1""")
                .bind("name", l.get("name")).bind("encoding", l.get("encoding_type")).bind("feature", l.get("location"))
                .mapTo(Long.class).findOne();
        return existing.orElseGet(() -> handle.createUpdate("""
                insert into feature_of_interest(name, description, country, encoding_type, feature)
                values (:name, :description, :country, :encoding, :feature)""")
                .bind("name", l.get("name")).bind("description", l.get("description")).bind("country", l.get("country"))
                .bind("encoding", l.get("encoding_type")).bind("feature", l.get("location"))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
