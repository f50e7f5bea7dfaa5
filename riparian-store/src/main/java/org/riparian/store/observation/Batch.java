package org.riparian.store.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Times;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.datastream.Datastream;

/**
 * The observations of one call for one datastream: those of new identities inserted, the others compared with what is
 * stored and revised where the value differs. Two inputs of one identity with different values are refused.
 */
final class Batch {

    private final Handle handle;
    private final Datastream datastream;
    private final String sender;
    private final long now;
    private final AuditLog audit;
    private final NewObservations inserts;

    Batch(Handle handle, Datastream datastream, String sender, long now, AuditLog audit, NewObservations inserts) {
        this.handle = handle;
        this.audit = audit;
        this.datastream = datastream;
        this.sender = sender;
        this.now = now;
        this.inserts = inserts;
    }

    List<Delivery> deliver(List<ObservationInput> inputs) {
        requireFeatures(inputs);
        Map<StoredObservation.Key, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Integer earlier = first.putIfAbsent(inputs.get(i).key(), i);
            if (earlier != null) {
                requireSameResult(inputs.get(earlier), inputs.get(i));
            }
        }
        List<ObservationInput> distinct = withFeatures(first.values().stream().map(inputs::get).toList());
        Map<StoredObservation.Key, Long> created = distinct.isEmpty() ? Map.of()
                : inserts.insertAbsent(handle, datastream.id(), distinct, now, sender);
        Map<StoredObservation.Key, Delivery> outcome = new HashMap<>();
        created.forEach((key, id) -> outcome.put(key, new Delivery(id, Delivery.Outcome.CREATED)));
        List<ObservationInput> existing = distinct.stream().filter(input -> !created.containsKey(input.key())).toList();
        Map<StoredObservation.Key, StoredObservation> stored = stored(existing);
        for (ObservationInput input : existing) {
            StoredObservation current = stored.get(input.key());
            if (input.sameAs(current)) {
                outcome.put(input.key(), new Delivery(current.id(), Delivery.Outcome.UNCHANGED));
            } else {
                revise(current, input);
                outcome.put(input.key(), new Delivery(current.id(), Delivery.Outcome.REVISED));
            }
        }
        List<Delivery> deliveries = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Delivery delivery = outcome.get(inputs.get(i).key());
            boolean repeat = first.get(inputs.get(i).key()) != i;
            deliveries.add(repeat ? new Delivery(delivery.observationId(), Delivery.Outcome.UNCHANGED) : delivery);
        }
        return List.copyOf(deliveries);
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

    /** An observation without a feature of interest takes its station's (the standard's rule: the Thing's Location). */
    private List<ObservationInput> withFeatures(List<ObservationInput> inputs) {
        if (inputs.stream().allMatch(input -> input.featureOfInterestId() != null)) {
            return inputs;
        }
        Long station = Features.ofStation(handle, datastream.id());
        return inputs.stream().map(input -> {
            if (input.featureOfInterestId() != null) {
                return input;
            }
            if (station == null) {
                throw new InvalidInputException(input.source() + ".FeatureOfInterest", "is required: Datastream(" + datastream.id()
                        + ")'s Thing has no Location to take it from; give the observation a FeatureOfInterest or the Thing a Location");
            }
            return input.withFeatureOfInterest(station);
        }).toList();
    }

    /** The stored observations of these inputs' identities; read only when some identity was already there. */
    private Map<StoredObservation.Key, StoredObservation> stored(List<ObservationInput> inputs) {
        Map<StoredObservation.Key, StoredObservation> stored = new HashMap<>();
        if (inputs.isEmpty()) {
            return stored;
        }
        handle.createQuery("""
                select id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms, parameters, revision, received_ms, sender
                from observation where datastream_id = :ds and phenomenon_start_ms between :from and :to""")
                .bind("ds", datastream.id())
                .bind("from", inputs.stream().mapToLong(ObservationInput::startMs).min().orElseThrow())
                .bind("to", inputs.stream().mapToLong(ObservationInput::startMs).max().orElseThrow())
                .map((rs, ctx) -> new StoredObservation(rs.getLong("id"), rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms"),
                        rs.getDouble("result"), (Long) rs.getObject("result_time_ms", Long.class), rs.getString("parameters"),
                        rs.getInt("revision"), rs.getLong("received_ms"), rs.getString("sender")))
                .forEach(observation -> stored.put(observation.key(), observation));
        return stored;
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
