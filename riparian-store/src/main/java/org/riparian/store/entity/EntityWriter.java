package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.observation.Observations;

/**
 * Creates entities from JSON, with deep insert: a related entity given inline is created in the same transaction, one
 * given as {@code {"@iot.id": N}} is linked. Observations go through {@link Observations} and so get revisions.
 */
final class EntityWriter {

    private static final Set<String> REQUIRED_LINKS = Set.of("Datastream.Thing", "Datastream.Sensor", "Datastream.ObservedProperty",
            "Observation.Datastream", "HistoricalLocation.Thing");

    private final Handle handle;
    private final Principal who;
    private final AuditLog audit;
    private final Observations observations;

    EntityWriter(Handle handle, Principal who, AuditLog audit, Observations observations) {
        this.handle = handle;
        this.who = who;
        this.audit = audit;
        this.observations = observations;
    }

    long create(EntityType type, JsonNode body, String path, Map<String, Object> preset) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(path, "expected a JSON object describing a " + type.singular());
        }
        EntityKeys.requireKnown(type, body, path);
        Map<String, Object> columns = new LinkedHashMap<>(preset);
        for (Field field : type.fields()) {
            JsonNode value = body.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    throw new InvalidInputException(path + "." + field.name(), "is required");
                }
                if (field instanceof PropertiesField properties) {
                    properties.writeDefaults(columns);
                }
                continue;
            }
            field.write(value, path + "." + field.name(), columns);
        }
        linkOwned(type, body, path, columns, true);
        if (type == EntityType.OBSERVATION) {
            return createObservation(columns, path);
        }
        Owner.ofNew(handle, who, type, columns, path).requireWrite(who, type);
        long id = insert(type.table(), columns);
        linkMany(type, id, body, path);
        audit.record(handle, who.name(), "create", type.singular(), id, "created " + type.singular() + (columns.containsKey("name") ? " '" + columns.get("name") + "'" : ""));
        return id;
    }

    /** Sets the foreign keys of to-one navigations given in {@code body}, creating inline entities. */
    void linkOwned(EntityType type, JsonNode body, String path, Map<String, Object> columns, boolean creating) {
        for (Navigation navigation : type.navigations()) {
            if (!(navigation.join() instanceof Navigation.Join.Owned owned)) {
                continue;
            }
            JsonNode related = body.get(navigation.name());
            if (related != null && !related.isNull()) {
                columns.put(owned.column(), reference(navigation.target(), related, path + "." + navigation.name()));
            } else if (creating && !columns.containsKey(owned.column()) && REQUIRED_LINKS.contains(type.singular() + "." + navigation.name())) {
                throw new InvalidInputException(path + "." + navigation.name(), "is required: a " + type.singular() + " needs its "
                        + navigation.name() + ", given inline or as {\"@iot.id\": N}");
            }
        }
    }

    /** Links or creates the to-many navigations given in {@code body} for the entity {@code id}. */
    void linkMany(EntityType type, long id, JsonNode body, String path) {
        for (Navigation navigation : type.navigations()) {
            JsonNode related = body.get(navigation.name());
            if (navigation.join() instanceof Navigation.Join.Owned || related == null || related.isNull()) {
                continue;
            }
            if (!related.isArray()) {
                throw new InvalidInputException(path + "." + navigation.name(), "expected an array of " + navigation.target().setName());
            }
            List<Long> linked = new ArrayList<>();
            for (int i = 0; i < related.size(); i++) {
                linked.add(linkOne(navigation, id, related.get(i), path + "." + navigation.name() + "[" + i + "]"));
            }
            if (type == EntityType.THING && navigation.name().equals("Locations") && !linked.isEmpty()) {
                recordHistoricalLocation(id, linked);
            }
        }
    }

    private long linkOne(Navigation navigation, long id, JsonNode element, String path) {
        if (navigation.join() instanceof Navigation.Join.Owning owning) {
            if (isReference(element)) {
                long target = referencedId(navigation.target(), element, path);
                Owner.of(handle, navigation.target(), target).requireWrite(who, navigation.target());
                handle.createUpdate("update " + navigation.target().table() + " set " + owning.column() + " = :id where id = :target")
                        .bind("id", id).bind("target", target).execute();
                return target;
            }
            return create(navigation.target(), element, path, Map.of(owning.column(), id));
        }
        Navigation.Join.Linked link = (Navigation.Join.Linked) navigation.join();
        long target = reference(navigation.target(), element, path);
        handle.createUpdate("insert into " + link.table() + "(" + link.sourceColumn() + ", " + link.targetColumn() + ") values (:s, :t)")
                .bind("s", id).bind("t", target).execute();
        return target;
    }

    /** Each change of a station's locations is kept as a HistoricalLocation, as the standard asks. */
    void recordHistoricalLocation(long thingId, List<Long> locations) {
        long historical = insert("historical_location", Map.of("thing_id", thingId, "time_ms", System.currentTimeMillis()));
        for (long location : locations) {
            handle.createUpdate("insert into historical_location_location(historical_location_id, location_id) values (:h, :l)")
                    .bind("h", historical).bind("l", location).execute();
        }
    }

    long reference(EntityType target, JsonNode related, String path) {
        return isReference(related) ? referencedId(target, related, path) : create(target, related, path, Map.of());
    }

    private static boolean isReference(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has("@iot.id");
    }

    private long referencedId(EntityType target, JsonNode node, String path) {
        JsonNode id = node.get("@iot.id");
        if (!id.canConvertToLong() || !id.isIntegralNumber()) {
            throw new InvalidInputException(path + ".@iot.id", "expected an integer id, found " + id);
        }
        EntityReaderSupport.requireExists(handle, target, id.longValue());
        return id.longValue();
    }

    private long createObservation(Map<String, Object> columns, String path) {
        ObservationInput input = new ObservationInput((Long) columns.get("datastream_id"), (Long) columns.get("phenomenon_start_ms"),
                (Long) columns.get("phenomenon_end_ms"), (Double) columns.get("result"), (Long) columns.get("result_time_ms"),
                (String) columns.get("parameters"), (Long) columns.get("feature_of_interest_id"), path);
        return observations.deliver(handle, who, List.of(input)).get(0).observationId();
    }

    long insert(String table, Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String values = ":" + String.join(", :", columns.keySet());
        var update = handle.createUpdate("insert into " + table + "(" + names + ") values (" + values + ")");
        columns.forEach(update::bind);
        return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
