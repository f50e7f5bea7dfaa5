package org.riparian.store.observation;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The superseded revisions of observations: each kept whole, with the phenomenon time it had, before it is replaced. */
final class History {

    private History() {
    }

    /** Keeps {@code current} as superseded at {@code nowMs}; the caller then writes the next revision over it. */
    static void keep(Handle handle, StoredObservation current, long nowMs) {
        handle.createUpdate("""
                insert into observation_history(observation_id, revision, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms,
                    parameters, received_ms, sender, superseded_ms)
                values (:id, :revision, :start, :end, :result, :resultTime, :parameters, :received, :sender, :now)""")
                .bind("id", current.id()).bind("revision", current.revision()).bind("start", current.startMs()).bind("end", current.endMs())
                .bind("result", current.result()).bind("resultTime", current.resultTimeMs()).bind("parameters", current.parameters())
                .bind("received", current.receivedMs()).bind("sender", current.sender()).bind("now", nowMs).execute();
    }

    /** The current revision of an observation, with the datastream it belongs to. */
    static Optional<Current> current(Handle handle, long observationId) {
        return handle.createQuery("""
                select id, datastream_id, phenomenon_start_ms, phenomenon_end_ms, result, result_time_ms, parameters, revision, received_ms, sender
                from observation where id = :id""").bind("id", observationId)
                .map((rs, ctx) -> new Current(rs.getLong("datastream_id"), new StoredObservation(rs.getLong("id"), rs.getLong("phenomenon_start_ms"),
                        rs.getLong("phenomenon_end_ms"), rs.getDouble("result"), (Long) rs.getObject("result_time_ms", Long.class),
                        rs.getString("parameters"), rs.getInt("revision"), rs.getLong("received_ms"), rs.getString("sender"))))
                .findOne();
    }

    record Current(long datastreamId, StoredObservation observation) {
    }
}
