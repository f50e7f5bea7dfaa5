package org.riparian.store.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Times;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.datastream.Datastream;

/**
 * The observations of one call for one datastream: sorted into new, changed and unchanged against what is stored,
 * then written with batched statements. Two inputs of one identity with different values are refused.
 */
final class Batch {

    private final Handle handle;
    private final Datastream datastream;
    private final String sender;
    private final long now;
    private final AuditLog audit;

    Batch(Handle handle, Datastream datastream, String sender, long now, AuditLog audit) {
        this.handle = handle;
        this.audit = audit;
        this.datastream = datastream;
        this.sender = sender;
        this.now = now;
    }

    List<Delivery> deliver(List<ObservationInput> inputs) {
        requireFeatures(inputs);
        Map<StoredObservation.Key, StoredObservation> stored = stored(inputs);
        Map<StoredObservation.Key, ObservationInput> seen = new HashMap<>();
        List<ObservationInput> created = new ArrayList<>();
        List<Integer> createdAt = new ArrayList<>();
        Delivery[] deliveries = new Delivery[inputs.size()];
        Map<Integer, Integer> repeats = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            ObservationInput input = inputs.get(i);
            StoredObservation.Key key = new StoredObservation.Key(input.startMs(), input.endMs());
            ObservationInput earlier = seen.putIfAbsent(key, input);
            if (earlier != null) {
                requireSameResult(earlier, input);
                repeats.put(i, inputs.indexOf(earlier));
                continue;
            }
            StoredObservation current = stored.get(key);
            if (current == null) {
                created.add(input);
                createdAt.add(i);
            } else if (input.sameAs(current)) {
                deliveries[i] = new Delivery(current.id(), Delivery.Outcome.UNCHANGED);
            } else {
                revise(current, input);
                deliveries[i] = new Delivery(current.id(), Delivery.Outcome.REVISED);
            }
        }
        List<Long> ids = insert(created);
        for (int i = 0; i < ids.size(); i++) {
            deliveries[createdAt.get(i)] = new Delivery(ids.get(i), Delivery.Outcome.CREATED);
        }
        repeats.forEach((repeat, first) -> deliveries[repeat] = new Delivery(deliveries[first].observationId(), Delivery.Outcome.UNCHANGED));
        return List.of(deliveries);
    }

    private static void requireSameResult(ObservationInput earlier, ObservationInput input) {
        if (!input.sameAs(earlier)) {
            throw new InvalidInputException(input.source(), "repeats the phenomenon time of " + earlier.source()
                    + " with another value (" + input.result() + " vs " + earlier.result() + "); send one value per time");
        }
    }

    private void requireFeatures(List<ObservationInput> inputs) {
        Set<Long> checked = new HashSet<>();
        for (ObservationInput input : inputs) {
            Long feature = input.featureOfInterestId();
            if (feature != null && checked.add(feature) && handle.createQuery("select count(*) from feature_of_interest where id = :id").bind("id", feature)
                    .mapTo(Long.class).one() == 0) {
                throw new NotFoundException(input.source() + ": FeatureOfInterest(" + feature + ") does not exist");
            }
        }
    }

    private Map<StoredObservation.Key, StoredObservation> stored(List<ObservationInput> inputs) {
        long from = inputs.stream().mapToLong(ObservationInput::startMs).min().orElse(0);
        long to = inputs.stream().mapToLong(ObservationInput::startMs).max().orElse(0);
        Map<StoredObservation.Key, StoredObservation> stored = new LinkedHashMap<>();
        handle.createQuery("""
                select id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms, parameters, revision, received_ms, sender
                from observation where datastream_id = :ds and phenomenon_start_ms between :from and :to""")
                .bind("ds", datastream.id()).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new StoredObservation(rs.getLong("id"), rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms"),
                        rs.getDouble("result"), (Long) rs.getObject("result_time_ms", Long.class), rs.getString("parameters"),
                        rs.getInt("revision"), rs.getLong("received_ms"), rs.getString("sender")))
                .forEach(observation -> stored.put(observation.key(), observation));
        return stored;
    }

    private List<Long> insert(List<ObservationInput> created) {
        if (created.isEmpty()) {
            return List.of();
        }
        PreparedBatch batch = handle.prepareBatch("""
                insert into observation(datastream_id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms,
                    feature_of_interest_id, parameters, revision, received_ms, sender)
                values (:ds, :start, :end, :result, :resultTime, :foi, :parameters, 1, :now, :sender)""");
        boolean anyWithoutFeature = created.stream().anyMatch(input -> input.featureOfInterestId() == null);
        Long stationFeature = anyWithoutFeature ? Features.ofStation(handle, datastream.id()) : null;
        for (ObservationInput input : created) {
            Long feature = input.featureOfInterestId() != null ? input.featureOfInterestId() : stationFeature;
            if (feature == null) {
                throw new InvalidInputException(input.source() + ".FeatureOfInterest", "is required: Datastream(" + datastream.id()
                        + ")'s Thing has no Location to take it from; give the observation a FeatureOfInterest or the Thing a Location");
            }
            batch.bind("ds", datastream.id()).bind("start", input.startMs()).bind("end", input.endMs()).bind("result", input.result())
                    .bind("resultTime", input.resultTimeMs()).bind("foi", feature).bind("parameters", input.parameters())
                    .bind("now", now).bind("sender", sender).add();
        }
        batch.execute();
        return idsOf(created);
    }

    /**
     * The ids of the rows just inserted, read back by identity: asking the batch for generated keys would stop the
     * PostgreSQL driver from rewriting it into multi-row inserts.
     */
    private List<Long> idsOf(List<ObservationInput> created) {
        Map<StoredObservation.Key, Long> ids = new HashMap<>();
        handle.createQuery("""
                select id, phenomenon_start_ms, phenomenon_end_ms from observation
                where datastream_id = :ds and phenomenon_start_ms between :from and :to""")
                .bind("ds", datastream.id())
                .bind("from", created.stream().mapToLong(ObservationInput::startMs).min().orElseThrow())
                .bind("to", created.stream().mapToLong(ObservationInput::startMs).max().orElseThrow())
                .map((rs, ctx) -> Map.entry(new StoredObservation.Key(rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms")),
                        rs.getLong("id")))
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        return created.stream().map(input -> ids.get(new StoredObservation.Key(input.startMs(), input.endMs()))).toList();
    }

    private void revise(StoredObservation current, ObservationInput input) {
        History.keep(handle, current, now);
        handle.createUpdate("""
                update observation set result = :result, result_time_ms = :resultTime, parameters = :parameters,
                    revision = revision + 1, received_ms = :now, sender = :sender where id = :id""")
                .bind("id", current.id()).bind("result", input.result()).bind("resultTime", input.resultTimeMs())
                .bind("parameters", input.parameters()).bind("now", now).bind("sender", sender).execute();
        audit.record(handle, sender, "revise", "Observation", current.id(), "revision " + (current.revision() + 1) + ": result "
                + current.result() + " -> " + input.result() + " (" + datastream.unit().symbol() + "), phenomenon time "
                + Times.formatInterval(current.startMs(), current.endMs()) + ", previous from " + current.sender());
    }
}
