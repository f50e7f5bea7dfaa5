package org.riparian.store.entity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.riparian.store.access.Principal;
import org.riparian.store.qc.Flag;
import org.riparian.store.qc.QualityControl;
import org.riparian.store.query.OrderBy;

/**
 * Reads entities as JSON trees: one by id, or a filtered, ordered page, optionally through a navigation.
 * An anonymous caller sees only the observations of datastreams marked open.
 */
final class EntityReader {

    private EntityReader() {
    }

    static Optional<ObjectNode> one(Handle handle, Principal who, EntityType type, long id) {
        String visible = visibility(who, type).map(c -> " and " + c).orElse("");
        Optional<Row> row = handle.createQuery("select " + columns(type) + " from " + type.table() + " t where t.id = :id" + visible)
                .bind("id", id).map((rs, ctx) -> Row.of(type, rs)).findOne();
        row.ifPresent(r -> withFlags(handle, type, List.of(r)));
        return row.map(Row::entity);
    }

    static Page page(Handle handle, Principal who, EntityType type, Optional<Related> related, org.riparian.store.query.Query query) {
        FilterSql sql = new FilterSql();
        List<String> conditions = new ArrayList<>();
        related.ifPresent(r -> conditions.add(r.condition()));
        visibility(who, type).ifPresent(conditions::add);
        query.filter().ifPresent(filter -> conditions.add(sql.condition(type, "t", filter)));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<String> order = new ArrayList<>();
        for (OrderBy key : query.orderBy()) {
            order.add(sql.path(type, "t", key.path(), "$orderby").text() + (key.descending() ? " desc" : " asc"));
        }
        order.add("t.id asc");
        Query select = handle.createQuery("select " + columns(type) + " from " + type.table() + " t" + where + " order by " + String.join(", ", order)
                + " limit :limit offset :offset");
        bind(select, sql.parameters(), related);
        List<Row> rows = select.bind("limit", query.top() + 1).bind("offset", query.skip()).map((rs, ctx) -> Row.of(type, rs)).list();
        boolean more = query.top() > 0 && rows.size() > query.top();
        withFlags(handle, type, rows);
        List<ObjectNode> entities = rows.stream().map(Row::entity).toList();
        OptionalLong count = OptionalLong.empty();
        if (query.count()) {
            Query counting = handle.createQuery("select count(*) from " + type.table() + " t" + where);
            bind(counting, sql.parameters(), related);
            count = OptionalLong.of(counting.mapTo(Long.class).one());
        }
        return new Page(entities.size() > query.top() ? entities.subList(0, query.top()) : entities, count, more);
    }

    private static void bind(Query query, Map<String, Object> parameters, Optional<Related> related) {
        parameters.forEach(query::bind);
        related.ifPresent(r -> query.bind("source", r.sourceId()));
    }

    private static Optional<String> visibility(Principal who, EntityType type) {
        if (type == EntityType.OBSERVATION && !who.readsAll()) {
            return Optional.of("t.datastream_id in (select d.id from datastream d where d.open_data = true)");
        }
        return Optional.empty();
    }

    /**
     * An observation row says whether any flag marks it, so that a page of clean data (the usual case) costs no second
     * query; the flags of those marked are read in one query for the lot.
     */
    private static String columns(EntityType type) {
        return type == EntityType.OBSERVATION ? "t.*, exists(select 1 from qc_flag f where f.observation_id = t.id) as flagged" : "t.*";
    }

    private static void withFlags(Handle handle, EntityType type, List<Row> rows) {
        if (type != EntityType.OBSERVATION) {
            return;
        }
        List<Long> flagged = rows.stream().filter(Row::flagged).map(r -> r.entity().get("@iot.id").asLong()).toList();
        Map<Long, List<Flag>> flags = QualityControl.flags(handle, flagged);
        for (Row row : rows) {
            ArrayNode quality = row.entity().putArray("resultQuality");
            for (Flag flag : flags.getOrDefault(row.entity().get("@iot.id").asLong(), List.of())) {
                quality.addObject().put("flag", flag.severity().word()).put("rule", flag.rule()).put("ruleId", flag.ruleId())
                        .put("detail", flag.detail());
            }
        }
    }

    /** An entity as read, and (observations only) whether a QC flag marks it. */
    private record Row(ObjectNode entity, boolean flagged) {
        static Row of(EntityType type, ResultSet rs) throws SQLException {
            return new Row(render(type, rs), type == EntityType.OBSERVATION && rs.getBoolean("flagged"));
        }
    }

    private static ObjectNode render(EntityType type, ResultSet rs) throws SQLException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@iot.id", rs.getLong("id"));
        for (Field field : type.fields()) {
            node.set(field.name(), field.read(rs));
        }
        return node;
    }
}
