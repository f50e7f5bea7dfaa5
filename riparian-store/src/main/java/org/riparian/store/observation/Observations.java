package org.riparian.store.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.riparian.store.ConflictException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Times;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Rights;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.datastream.Datastreams;
import org.riparian.store.qc.QualityControl;

/**
 * Delivers observations (all of a call or none, in one transaction, QC flags updated in it) and reads their
 * revisions. Readers see the current revision; {@link #asOf} sees what the store held at an earlier time.
 */
public final class Observations {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final QualityControl qc;
    private final NewObservations inserts;

    public Observations(Jdbi jdbi, AuditLog audit, QualityControl qc, boolean postgres) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.qc = qc;
        this.inserts = NewObservations.of(postgres);
    }

    /** Delivers all, or (on any refusal) none; the deliveries come back in input order. */
    public List<Delivery> deliver(Principal who, List<ObservationInput> inputs) {
        return jdbi.inTransaction(handle -> deliver(handle, who, inputs));
    }

    /** As {@link #deliver(Principal, List)} inside the caller's transaction. */
    public List<Delivery> deliver(Handle handle, Principal who, List<ObservationInput> inputs) {
        Map<Long, List<Integer>> byDatastream = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            byDatastream.computeIfAbsent(inputs.get(i).datastreamId(), id -> new ArrayList<>()).add(i);
        }
        Delivery[] deliveries = new Delivery[inputs.size()];
        long now = System.currentTimeMillis();
        for (Map.Entry<Long, List<Integer>> entry : byDatastream.entrySet()) {
            Datastream datastream = Datastreams.require(handle, entry.getKey());
            Rights.requireWrite(who, datastream.country(), datastream.level(), "observations");
            List<ObservationInput> batch = entry.getValue().stream().map(inputs::get).toList();
            List<Delivery> done = new Batch(handle, datastream, who.name(), now, audit, inserts).deliver(batch);
            for (int i = 0; i < done.size(); i++) {
                deliveries[entry.getValue().get(i)] = done.get(i);
            }
            auditBatch(handle, who, datastream, done);
            qc.run(handle, datastream.id(), batch.stream().mapToLong(ObservationInput::startMs).min().orElseThrow(),
                    batch.stream().mapToLong(ObservationInput::startMs).max().orElseThrow());
        }
        return List.of(deliveries);
    }

    /**
     * Moves an observation to another phenomenon time as a new revision: the one superseded keeps its time, so
     * {@link #asOf} still sees the observation where it was. Refused if the datastream already holds one at that time.
     */
    public void move(Handle handle, Principal who, long observationId, long startMs, long endMs) {
        History.Current current = History.current(handle, observationId).orElseThrow(() -> new NotFoundException("Observation", observationId));
        StoredObservation was = current.observation();
        Datastream datastream = Datastreams.require(handle, current.datastreamId());
        Rights.requireWrite(who, datastream.country(), datastream.level(), "observations");
        if (was.startMs() == startMs && was.endMs() == endMs) {
            return;
        }
        requireFreeTime(handle, datastream, startMs, endMs);
        long now = System.currentTimeMillis();
        History.keep(handle, was, now);
        handle.createUpdate("""
                update observation set phenomenon_start_ms = :start, phenomenon_end_ms = :end, revision = revision + 1,
                    received_ms = :now, sender = :sender where id = :id""")
                .bind("start", startMs).bind("end", endMs).bind("now", now).bind("sender", who.name()).bind("id", observationId).execute();
        audit.record(handle, who.name(), "revise", "Observation", observationId, "revision " + (was.revision() + 1) + ": phenomenon time "
                + Times.formatInterval(was.startMs(), was.endMs()) + " -> " + Times.formatInterval(startMs, endMs) + ", previous from " + was.sender());
        qc.run(handle, datastream.id(), Math.min(was.startMs(), startMs), Math.max(was.startMs(), startMs));
    }

    private static void requireFreeTime(Handle handle, Datastream datastream, long startMs, long endMs) {
        boolean taken = handle.createQuery("""
                select count(*) from observation where datastream_id = :ds and phenomenon_start_ms = :start and phenomenon_end_ms = :end""")
                .bind("ds", datastream.id()).bind("start", startMs).bind("end", endMs).mapTo(Long.class).one() > 0;
        if (taken) {
            throw new ConflictException("Datastream(" + datastream.id() + ") already holds an observation at " + Times.formatInterval(startMs, endMs)
                    + "; revise that one instead of moving another onto it");
        }
    }

    /** The datastream as ingestion needs it: its country, level and unit. */
    public Datastream datastream(long id) {
        return jdbi.withHandle(handle -> Datastreams.require(handle, id));
    }

    /** A datastream of one observed property at the station (Thing) named {@code thing}, if the store has one. */
    public Optional<Datastream> datastreamAt(String thing, String property) {
        return jdbi.withHandle(handle -> Datastreams.at(handle, thing, property));
    }

    /** Every value this observation has had, oldest first; the last is the current one. */
    public List<Revision> revisions(long observationId) {
        return jdbi.withHandle(handle -> {
            List<Revision> revisions = new ArrayList<>(handle.createQuery("""
                    select observation_id, phenomenon_start_ms, phenomenon_end_ms, revision, result, sender, received_ms
                    from observation_history where observation_id = :id order by revision""")
                    .bind("id", observationId).map(RevisionMapper.INSTANCE).list());
            revisions.add(handle.createQuery("""
                    select id as observation_id, phenomenon_start_ms, phenomenon_end_ms, revision, result, sender, received_ms
                    from observation where id = :id""")
                    .bind("id", observationId).map(RevisionMapper.INSTANCE).findOne()
                    .orElseThrow(() -> new NotFoundException("Observation", observationId)));
            return revisions;
        });
    }

    /**
     * The observations of a datastream with phenomenon start in [fromMs, toMs), as the store held them at
     * {@code asOfMs}: for each, the latest revision received by then; those first received later are absent.
     */
    public List<Revision> asOf(long datastreamId, long asOfMs, long fromMs, long toMs) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                select id as observation_id, phenomenon_start_ms, phenomenon_end_ms, revision, result, sender, received_ms
                from observation
                where datastream_id = :ds and phenomenon_start_ms >= :from and phenomenon_start_ms < :to and received_ms <= :asOf
                union all
                select o.id, h.phenomenon_start_ms, h.phenomenon_end_ms, h.revision, h.result, h.sender, h.received_ms
                from observation o join observation_history h on h.observation_id = o.id
                where o.datastream_id = :ds and h.phenomenon_start_ms >= :from and h.phenomenon_start_ms < :to
                  and o.received_ms > :asOf and h.received_ms <= :asOf
                  and h.revision = (select max(h2.revision) from observation_history h2
                                    where h2.observation_id = o.id and h2.received_ms <= :asOf)
                order by phenomenon_start_ms, phenomenon_end_ms""")
                .bind("ds", datastreamId).bind("asOf", asOfMs).bind("from", fromMs).bind("to", toMs)
                .map(RevisionMapper.INSTANCE).list());
    }

    /**
     * The best available values of the series that {@code datastreamId} belongs to, phenomenon start in [fromMs, toMs):
     * per phenomenon time the agreed value, else the validated, else the raw; in the unit of {@code datastreamId}.
     */
    public List<BestValue> bestAvailable(long datastreamId, long fromMs, long toMs) {
        return jdbi.withHandle(handle -> {
            Datastream asked = Datastreams.require(handle, datastreamId);
            Map<Long, Datastream> series = new HashMap<>();
            Datastreams.series(handle, asked).forEach(member -> series.put(member.id(), member));
            Map<StoredObservation.Key, BestValue> best = new TreeMap<>(
                    Comparator.comparingLong(StoredObservation.Key::startMs).thenComparingLong(StoredObservation.Key::endMs));
            handle.createQuery("""
                    select id, datastream_id, phenomenon_start_ms, phenomenon_end_ms, result from observation
                    where datastream_id in (<series>) and phenomenon_start_ms >= :from and phenomenon_start_ms < :to""")
                    .bindList("series", List.copyOf(series.keySet())).bind("from", fromMs).bind("to", toMs)
                    .map((rs, ctx) -> {
                        Datastream from = series.get(rs.getLong("datastream_id"));
                        double value = from.unit().convert(rs.getDouble("result"), asked.unit(), "unitOfMeasurement");
                        return new BestValue(rs.getLong("id"), rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms"), value, from.level());
                    })
                    .forEach(value -> best.merge(new StoredObservation.Key(value.startMs(), value.endMs()), value,
                            (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b));
            return List.copyOf(best.values());
        });
    }

    /**
     * As {@link #bestAvailable} as the store held the series at {@code asOfMs}: per phenomenon time the highest level
     * that had a value by then, with the revision current then.
     */
    public List<BestValue> bestAvailableAsOf(long datastreamId, long asOfMs, long fromMs, long toMs) {
        return jdbi.withHandle(handle -> {
            Datastream asked = Datastreams.require(handle, datastreamId);
            Map<StoredObservation.Key, BestValue> best = new TreeMap<>(
                    Comparator.comparingLong(StoredObservation.Key::startMs).thenComparingLong(StoredObservation.Key::endMs));
            for (Datastream member : Datastreams.series(handle, asked)) {
                for (Revision revision : asOf(member.id(), asOfMs, fromMs, toMs)) {
                    BestValue value = new BestValue(revision.observationId(), revision.phenomenonStart().toEpochMilli(),
                            revision.phenomenonEnd().toEpochMilli(), member.unit().convert(revision.result(), asked.unit(), "unitOfMeasurement"),
                            member.level());
                    best.merge(new StoredObservation.Key(value.startMs(), value.endMs()), value,
                            (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b);
                }
            }
            return List.copyOf(best.values());
        });
    }

    /**
     * Whether any observation of the series {@code datastreamId} belongs to, phenomenon start in [fromMs, toMs), is
     * marked as generated rather than observed: its parameters hold {@link ObservationInput#SYNTHETIC}.
     */
    public boolean anySynthetic(long datastreamId, long fromMs, long toMs) {
        return jdbi.withHandle(handle -> {
            List<Long> series = Datastreams.series(handle, Datastreams.require(handle, datastreamId)).stream().map(Datastream::id).toList();
            return handle.createQuery("""
                    select count(*) from observation where datastream_id in (<series>) and phenomenon_start_ms >= :from
                      and phenomenon_start_ms < :to and parameters like :marker""")
                    .bindList("series", series).bind("from", fromMs).bind("to", toMs).bind("marker", "%" + ObservationInput.SYNTHETIC + "%")
                    .mapTo(Long.class).one() > 0;
        });
    }

    private void auditBatch(Handle handle, Principal who, Datastream datastream, List<Delivery> done) {
        Map<Delivery.Outcome, Integer> counts = new HashMap<>();
        done.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        if (counts.getOrDefault(Delivery.Outcome.CREATED, 0) + counts.getOrDefault(Delivery.Outcome.REVISED, 0) > 0) {
            audit.record(handle, who.name(), "deliver", "Datastream", datastream.id(), "observations created "
                    + counts.getOrDefault(Delivery.Outcome.CREATED, 0) + ", revised " + counts.getOrDefault(Delivery.Outcome.REVISED, 0)
                    + ", unchanged " + counts.getOrDefault(Delivery.Outcome.UNCHANGED, 0));
        }
    }
}
