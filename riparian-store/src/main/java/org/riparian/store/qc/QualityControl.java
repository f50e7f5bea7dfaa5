package org.riparian.store.qc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.riparian.store.StoreException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Rights;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.datastream.Datastreams;

/**
 * Runs the QC rules of a datastream over a time range and replaces the flags they set there. Deliveries call it in
 * their transaction, so flags are current whenever observations are; a delivery upstream re-checks the continuity
 * rules downstream of it.
 */
public final class QualityControl {

    /** How far around a checked range neighbours are read, so that rate, gap and flat-line rules see context. */
    static final long CONTEXT_MS = 10L * 24 * 3_600_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final AuditLog audit;

    public QualityControl(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Adds a rule to a datastream (whoever may write the datastream may configure its QC) and checks all its data. */
    public long addRule(Principal who, long datastreamId, JsonNode json) {
        Rule rule = Rules.parse(json);
        return jdbi.inTransaction(handle -> {
            Datastream datastream = Datastreams.require(handle, datastreamId);
            Rights.requireWrite(who, datastream.country(), datastream.level(), "QC rules");
            rule.reads().forEach(id -> Datastreams.require(handle, id));
            long id = handle.createUpdate("insert into qc_rule(datastream_id, kind, parameters, created_ms, created_by) values (:ds, :kind, :p, :now, :by)")
                    .bind("ds", datastreamId).bind("kind", json.get("kind").asText()).bind("p", json.toString())
                    .bind("now", System.currentTimeMillis()).bind("by", who.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.record(handle, who.name(), "create", "QcRule", id, "QC rule on Datastream(" + datastreamId + "): " + json);
            run(handle, datastreamId, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
            return id;
        });
    }

    public List<RuleView> rules(long datastreamId) {
        return jdbi.withHandle(handle -> handle.createQuery("select * from qc_rule where datastream_id = :ds order by id").bind("ds", datastreamId)
                .map((rs, ctx) -> new RuleView(rs.getLong("id"), rs.getLong("datastream_id"), rs.getString("kind"), rs.getString("parameters"),
                        rs.getString("created_by"))).list());
    }

    /** Re-checks {@code datastreamId} over [fromMs, toMs], and the continuity rules that read it. */
    public void run(Handle handle, long datastreamId, long fromMs, long toMs) {
        Map<Long, Map<Long, Rule>> rules = affected(handle, datastreamId);
        for (Map.Entry<Long, Map<Long, Rule>> entry : rules.entrySet()) {
            Datastream datastream = Datastreams.require(handle, entry.getKey());
            List<Point> series = points(handle, datastream, datastream, fromMs - CONTEXT_MS, toMs + CONTEXT_MS);
            for (Map.Entry<Long, Rule> rule : entry.getValue().entrySet()) {
                Map<Long, List<Point>> neighbours = new HashMap<>();
                for (long other : rule.getValue().reads()) {
                    neighbours.put(other, points(handle, Datastreams.require(handle, other), datastream, fromMs - CONTEXT_MS, toMs + CONTEXT_MS));
                }
                List<Flag> flags = rule.getValue().check(rule.getKey(), series, neighbours);
                replace(handle, rule.getKey(), datastream.id(), fromMs, toMs, flags, series);
            }
        }
    }

    /** The flags of these observations, by observation id. */
    public static Map<Long, List<Flag>> flags(Handle handle, Collection<Long> observationIds) {
        Map<Long, List<Flag>> flags = new HashMap<>();
        if (observationIds.isEmpty()) {
            return flags;
        }
        handle.createQuery("select f.observation_id, f.rule_id, r.kind, f.severity, f.detail from qc_flag f join qc_rule r on r.id = f.rule_id"
                        + " where f.observation_id in (<ids>) order by f.rule_id")
                .bindList("ids", List.copyOf(observationIds))
                .map((rs, ctx) -> new Flag(rs.getLong("observation_id"), rs.getLong("rule_id"), rs.getString("kind"),
                        Severity.valueOf(rs.getString("severity").toUpperCase()), rs.getString("detail")))
                .forEach(flag -> flags.computeIfAbsent(flag.observationId(), id -> new ArrayList<>()).add(flag));
        return flags;
    }

    /** How many observations of the datastream each rule flags, by severity. */
    public List<Map<String, Object>> summary(long datastreamId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                select r.id as rule, r.kind, f.severity, count(*) as flagged from qc_flag f join qc_rule r on r.id = f.rule_id
                where r.datastream_id = :ds group by r.id, r.kind, f.severity order by r.id, f.severity""")
                .bind("ds", datastreamId).mapToMap().list());
    }

    /** The rules to run when {@code datastreamId} changes: its own, and continuity rules that read it, by datastream. */
    private static Map<Long, Map<Long, Rule>> affected(Handle handle, long datastreamId) {
        Map<Long, Map<Long, Rule>> rules = new LinkedHashMap<>();
        handle.createQuery("select id, datastream_id, parameters, kind from qc_rule where datastream_id = :ds or kind = 'continuity' order by id")
                .bind("ds", datastreamId)
                .map((rs, ctx) -> new RuleRow(rs.getLong("id"), rs.getLong("datastream_id"), parse(rs.getString("parameters"))))
                .forEach(row -> {
                    if (row.datastreamId() == datastreamId || row.rule().reads().contains(datastreamId)) {
                        rules.computeIfAbsent(row.datastreamId(), id -> new LinkedHashMap<>()).put(row.id(), row.rule());
                    }
                });
        return rules;
    }

    private record RuleRow(long id, long datastreamId, Rule rule) {
    }

    private static Rule parse(String parameters) {
        try {
            return Rules.parse(JSON.readTree(parameters));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored QC rule is unreadable: " + parameters, e);
        }
    }

    private static List<Point> points(Handle handle, Datastream from, Datastream inUnitOf, long fromMs, long toMs) {
        return handle.createQuery("""
                select id, phenomenon_start_ms, phenomenon_end_ms, result from observation
                where datastream_id = :ds and phenomenon_start_ms between :from and :to order by phenomenon_start_ms, phenomenon_end_ms""")
                .bind("ds", from.id()).bind("from", fromMs).bind("to", toMs)
                .map((rs, ctx) -> new Point(rs.getLong("id"), rs.getLong("phenomenon_start_ms"), rs.getLong("phenomenon_end_ms"),
                        from.unit().convert(rs.getDouble("result"), inUnitOf.unit(), "unitOfMeasurement")))
                .list();
    }

    private static void replace(Handle handle, long ruleId, long datastreamId, long fromMs, long toMs, List<Flag> flags, List<Point> series) {
        handle.createUpdate("""
                delete from qc_flag where rule_id = :rule and observation_id in
                (select id from observation where datastream_id = :ds and phenomenon_start_ms between :from and :to)""")
                .bind("rule", ruleId).bind("ds", datastreamId).bind("from", fromMs).bind("to", toMs).execute();
        Map<Long, Point> byId = new HashMap<>();
        series.forEach(p -> byId.put(p.observationId(), p));
        PreparedBatch batch = handle.prepareBatch("insert into qc_flag(observation_id, rule_id, severity, detail, flagged_ms) values (:o, :r, :s, :d, :now)");
        long now = System.currentTimeMillis();
        for (Flag flag : flags) {
            long start = byId.get(flag.observationId()).startMs();
            if (start >= fromMs && start <= toMs) {
                batch.bind("o", flag.observationId()).bind("r", ruleId).bind("s", flag.severity().word())
                        .bind("d", flag.detail().length() > 500 ? flag.detail().substring(0, 499) : flag.detail()).bind("now", now).add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
