package org.riparian.store.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts those of a datastream's observations whose identity (phenomenon time) is not stored yet and tells the ids
 * it gave them; the others are left for the caller to compare and revise. The inputs have distinct identities and
 * each its feature of interest. Neither way reads before it writes, so two deliveries of the same new times at once
 * store each time once: the second finds the first's rows and compares with them.
 */
sealed interface NewObservations permits NewObservations.ArrayInsert, NewObservations.BatchInsert {

    Map<StoredObservation.Key, Long> insertAbsent(Handle handle, long datastreamId, List<ObservationInput> inputs, long now, String sender);

    static NewObservations of(boolean postgres) {
        return postgres ? new ArrayInsert() : new BatchInsert();
    }

    /**
     * PostgreSQL: the lot as arrays in one statement that skips stored identities and returns the new ids, so a batch
     * of new data costs one round trip, with no read before it and none after.
     */
    final class ArrayInsert implements NewObservations {

        @Override
        public Map<StoredObservation.Key, Long> insertAbsent(Handle handle, long datastreamId, List<ObservationInput> inputs, long now, String sender) {
            Map<StoredObservation.Key, Long> ids = new HashMap<>();
            handle.createQuery("""
                    insert into observation(datastream_id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms,
                        feature_of_interest_id, parameters, revision, received_ms, sender)
                    select :ds, n.s, n.e, n.r, n.rt, n.foi, n.p, 1, :now, :sender
                    from unnest(:starts, :ends, :results, :resultTimes, :features, :parameters) as n(s, e, r, rt, foi, p)
                    on conflict (datastream_id, phenomenon_start_ms, phenomenon_end_ms) do nothing
                    returning id, phenomenon_start_ms, phenomenon_end_ms""")
                    .bind("ds", datastreamId).bind("now", now).bind("sender", sender)
                    .bindArray("starts", Long.class, inputs.stream().map(ObservationInput::startMs).toList())
                    .bindArray("ends", Long.class, inputs.stream().map(ObservationInput::endMs).toList())
                    .bindArray("results", Double.class, inputs.stream().map(ObservationInput::result).toList())
                    .bindArray("resultTimes", Long.class, inputs.stream().map(ObservationInput::resultTimeMs).toList())
                    .bindArray("features", Long.class, inputs.stream().map(ObservationInput::featureOfInterestId).toList())
                    .bindArray("parameters", String.class, inputs.stream().map(ObservationInput::parameters).toList())
                    .map((rs, ctx) -> Map.entry(new StoredObservation.Key(rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms")),
                            rs.getLong("id")))
                    .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
            return ids;
        }
    }

    /**
     * H2: one JDBC batch that skips stored identities (its per-row counts tell which rows went in), then the new ids
     * read back by identity. PostgreSQL's driver would not rewrite a batch that returns keys, hence the array insert.
     */
    final class BatchInsert implements NewObservations {

        @Override
        public Map<StoredObservation.Key, Long> insertAbsent(Handle handle, long datastreamId, List<ObservationInput> inputs, long now, String sender) {
            PreparedBatch batch = handle.prepareBatch("""
                    insert into observation(datastream_id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms,
                        feature_of_interest_id, parameters, revision, received_ms, sender)
                    values (:ds, :start, :end, :result, :resultTime, :foi, :parameters, 1, :now, :sender)
                    on conflict do nothing""");
            for (ObservationInput input : inputs) {
                batch.bind("ds", datastreamId).bind("start", input.startMs()).bind("end", input.endMs()).bind("result", input.result())
                        .bind("resultTime", input.resultTimeMs()).bind("foi", input.featureOfInterestId()).bind("parameters", input.parameters())
                        .bind("now", now).bind("sender", sender).add();
            }
            int[] counts = batch.execute();
            List<ObservationInput> inserted = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    inserted.add(inputs.get(i));
                } else if (counts[i] != 0) {
                    throw new IllegalStateException("the database answered " + counts[i] + " for one row of a batch insert, expected 0 or 1");
                }
            }
            if (inserted.isEmpty()) {
                return Map.of();
            }
            Map<StoredObservation.Key, Long> ids = keyed(handle, datastreamId, inserted);
            ids.keySet().retainAll(inserted.stream().map(ObservationInput::key).collect(Collectors.toSet()));
            return ids;
        }

        /** The ids of the observations stored in the inputs' span of time, by identity. */
        private static Map<StoredObservation.Key, Long> keyed(Handle handle, long datastreamId, List<ObservationInput> inputs) {
            Map<StoredObservation.Key, Long> ids = new HashMap<>();
            handle.createQuery("""
                    select id, phenomenon_start_ms, phenomenon_end_ms from observation
                    where datastream_id = :ds and phenomenon_start_ms between :from and :to""")
                    .bind("ds", datastreamId)
                    .bind("from", inputs.stream().mapToLong(ObservationInput::startMs).min().orElseThrow())
                    .bind("to", inputs.stream().mapToLong(ObservationInput::startMs).max().orElseThrow())
                    .map((rs, ctx) -> Map.entry(new StoredObservation.Key(rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms")),
                            rs.getLong("id")))
                    .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
            return ids;
        }
    }
}
