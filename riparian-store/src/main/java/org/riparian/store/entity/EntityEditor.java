package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.riparian.store.ConflictException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.observation.Observations;
import org.riparian.store.unit.Unit;

/**
 * Changes and deletes stored entities. Rights are checked on the entity as it was and again as it becomes, so a
 * provider can neither edit another country's station nor move its own to another country. An observation's change
 * is a new revision; a delete cascades as the standard says (a Thing takes its Datastreams, a Datastream its
 * Observations), each cascaded entity checked.
 */
final class EntityEditor {

    private final Handle handle;
    private final Principal who;
    private final AuditLog audit;
    private final Observations observations;
    private final EntityWriter writer;

    EntityEditor(Handle handle, Principal who, AuditLog audit, Observations observations) {
        this.handle = handle;
        this.who = who;
        this.audit = audit;
        this.observations = observations;
        this.writer = new EntityWriter(handle, who, audit, observations);
    }

    void update(EntityType type, long id, JsonNode patch) {
        Owner.of(handle, type, id).requireWrite(who, type);
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(type.singular(), "expected a JSON object with the properties to change");
        }
        EntityKeys.requireKnown(type, patch, type.singular());
        requireReferencesOnly(type, patch);
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            JsonNode value = patch.get(field.name());
            if (value != null && value.isNull() && field.required()) {
                throw new InvalidInputException(type.singular() + "." + field.name(), "is required and cannot be set to null");
            }
            if (value != null && !value.isNull()) {
                field.write(value, type.singular() + "." + field.name(), columns);
            }
        }
        writer.linkOwned(type, patch, type.singular(), columns, false);
        if (type == EntityType.OBSERVATION) {
            reviseObservation(id, columns);
            return;
        }
        if (!columns.isEmpty()) {
            requireUnitKept(type, id, columns);
            var update = handle.createUpdate("update " + type.table() + " set "
                    + String.join(", ", columns.keySet().stream().map(c -> c + " = :" + c).toList()) + " where id = :id");
            columns.forEach(update::bind);
            update.bind("id", id).execute();
        }
        keepCountriesInStep(type, id);
        replaceLocations(type, id, patch);
        Owner.of(handle, type, id).requireWrite(who, type);
        audit.record(handle, who.name(), "update", type.singular(), id, "changed " + String.join(", ", fieldNames(patch)));
    }

    void delete(EntityType type, long id) {
        Owner.of(handle, type, id).requireWrite(who, type);
        String taken = switch (type) {
            case THING -> with(deleteDatastreams("thing_id", id), "observations") + with(historicalLocationsOfThing(id), "historical locations");
            case SENSOR -> with(deleteDatastreams("sensor_id", id), "observations");
            case OBSERVED_PROPERTY -> with(deleteDatastreams("observed_property_id", id), "observations");
            case DATASTREAM -> with(handle.createUpdate("delete from observation where datastream_id = :id").bind("id", id).execute(), "observations");
            case FEATURE_OF_INTEREST -> with(handle.createUpdate("delete from observation where feature_of_interest_id = :id").bind("id", id).execute(), "observations");
            case LOCATION -> with(deleteHistoricalLocationsOnlyAt(id), "historical locations");
            default -> "";
        };
        handle.createUpdate("delete from " + type.table() + " where id = :id").bind("id", id).execute();
        audit.record(handle, who.name(), "delete", type.singular(), id, "deleted " + type.singular() + taken);
    }

    private static String with(int count, String what) {
        return count > 0 ? " and " + count + " " + what + " with it" : "";
    }

    /** Counted for the audit log; the rows go with the Thing (the foreign key cascades). */
    private int historicalLocationsOfThing(long thingId) {
        return handle.createQuery("select count(*) from historical_location where thing_id = :id").bind("id", thingId).mapTo(Integer.class).one();
    }

    /**
     * A HistoricalLocation records where a Thing was; once the Location it names is deleted it records nothing, so it
     * goes too (as the standard's delete rules say). One that also names another Location stays, naming that one.
     */
    private int deleteHistoricalLocationsOnlyAt(long locationId) {
        return handle.createUpdate("""
                delete from historical_location where id in (select h.historical_location_id from historical_location_location h
                    where h.location_id = :id) and not exists (select 1 from historical_location_location o
                    where o.historical_location_id = historical_location.id and o.location_id <> :id)""")
                .bind("id", locationId).execute();
    }

    /** A PATCH links related entities by id; creating them inline is for POST (as the standard says). */
    private static void requireReferencesOnly(EntityType type, JsonNode patch) {
        for (Navigation navigation : type.navigations()) {
            JsonNode related = patch.get(navigation.name());
            if (related == null || related.isNull()) {
                continue;
            }
            for (JsonNode element : related.isArray() ? related : List.of(related)) {
                if (!(element.isObject() && element.size() == 1 && element.has("@iot.id"))) {
                    throw new InvalidInputException(type.singular() + "." + navigation.name(),
                            "a PATCH links related entities as {\"@iot.id\": N}; create them with POST");
                }
            }
        }
    }

    private int deleteDatastreams(String column, long id) {
        List<Long> datastreams = handle.createQuery("select id from datastream where " + column + " = :id").bind("id", id).mapTo(Long.class).list();
        int deleted = 0;
        for (long datastream : datastreams) {
            Owner.of(handle, EntityType.DATASTREAM, datastream).requireWrite(who, EntityType.DATASTREAM);
            deleted += handle.createUpdate("delete from observation where datastream_id = :id").bind("id", datastream).execute();
            handle.createUpdate("delete from datastream where id = :id").bind("id", datastream).execute();
        }
        return deleted;
    }

    /**
     * An observation's change is a revision: a new phenomenon time moves it (the superseded revision keeps the old
     * time), a new result, result time or parameters is delivered at its time. Its datastream cannot change: that
     * would move a value between stations, countries and units; deliver it there instead.
     */
    private void reviseObservation(long id, Map<String, Object> columns) {
        if (columns.containsKey("datastream_id")) {
            throw new InvalidInputException("Observation.Datastream", "an observation cannot move to another datastream; deliver a new observation there instead");
        }
        if (columns.containsKey("phenomenon_start_ms")) {
            observations.move(handle, who, id, (Long) columns.remove("phenomenon_start_ms"), (Long) columns.remove("phenomenon_end_ms"));
        }
        if (columns.keySet().stream().noneMatch(c -> c.equals("result") || c.equals("result_time_ms") || c.equals("parameters"))) {
            return;
        }
        ObservationInput input = handle.createQuery("select * from observation where id = :id").bind("id", id)
                .map((rs, ctx) -> new ObservationInput(rs.getLong("datastream_id"), rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms"),
                        (Double) columns.getOrDefault("result", rs.getDouble("result")),
                        columns.containsKey("result_time_ms") ? (Long) columns.get("result_time_ms") : (Long) rs.getObject("result_time_ms", Long.class),
                        columns.containsKey("parameters") ? (String) columns.get("parameters") : rs.getString("parameters"),
                        (Long) rs.getObject("feature_of_interest_id", Long.class), "Observation"))
                .one();
        observations.deliver(handle, who, List.of(input));
    }

    /**
     * A datastream's unit cannot change under its observations when Riparian converts it: the stored values would
     * change meaning (412.5 m3/s read as l/s). A unit Riparian does not convert (the suite's lumen) makes no claim it
     * acts on, so it may change to another such unit; that change is written to the audit log with the count it spans.
     */
    private void requireUnitKept(EntityType type, long id, Map<String, Object> columns) {
        if (type != EntityType.DATASTREAM || !columns.containsKey("unit_symbol")) {
            return;
        }
        String current = handle.createQuery("select unit_symbol from datastream where id = :id").bind("id", id).mapTo(String.class).one().strip();
        String wanted = (String) columns.get("unit_symbol");
        long stored = handle.createQuery("select count(*) from observation where datastream_id = :id").bind("id", id).mapTo(Long.class).one();
        if (current.equals(wanted) || stored == 0) {
            return;
        }
        if (!unconverted(current) || !unconverted(wanted)) {
            throw new ConflictException("Datastream(" + id + ") holds " + stored + " observations in " + current
                    + "; its unit cannot change to " + wanted + ". Create a new datastream instead");
        }
        audit.record(handle, who.name(), "relabel unit", type.singular(), id, "unit " + current + " -> " + wanted + " over " + stored
                + " observations, values kept as sent: Riparian converts neither unit");
    }

    private static boolean unconverted(String symbol) {
        return Unit.declared(symbol, "unitOfMeasurement.symbol").dimension() == Unit.Dimension.UNCONVERTED;
    }

    /** A datastream's country is its station's: kept in step when either changes. */
    private void keepCountriesInStep(EntityType type, long id) {
        if (type == EntityType.THING) {
            handle.createUpdate("update datastream set country = (select country from thing where id = :id) where thing_id = :id").bind("id", id).execute();
        } else if (type == EntityType.DATASTREAM) {
            handle.createUpdate("update datastream set country = (select t.country from thing t where t.id = datastream.thing_id) where id = :id").bind("id", id).execute();
        }
    }

    private void replaceLocations(EntityType type, long id, JsonNode patch) {
        if (type == EntityType.THING && patch.has("Locations")) {
            handle.createUpdate("delete from thing_location where thing_id = :id").bind("id", id).execute();
        }
        writer.linkMany(type, id, patch, type.singular());
    }

    private static List<String> fieldNames(JsonNode patch) {
        List<String> names = new java.util.ArrayList<>();
        patch.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
