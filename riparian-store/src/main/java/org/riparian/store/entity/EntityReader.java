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
        Optional<ObjectNode> entity = handle.createQuery("select t.* from " + type.table() + " t where t.id = :id" + visible).bind("id", id)
                .map((rs, ctx) -> render(type, rs)).findOne();
        entity.ifPresent(e -> withFlags(handle, type, List.of(e)));
        return entity;
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
        Query select = handle.createQuery("select t.* from " + type.table() + " t" + where + " order by " + String.join(", ", order)
                + " limit :limit offset :offset");
        bind(select, sql.parameters(), related);
        List<ObjectNode> rows = select.bind("limit", query.top() + 1).bind("offset", query.skip()).map((rs, ctx) -> render(type, rs)).list();
        boolean more = query.top() > 0 && rows.size() > query.top();
        withFlags(handle, type, rows);
        OptionalLong count = OptionalLong.empty();
        if (query.count()) {
            Query counting = handle.createQuery("select count(*) from " + type.table() + " t" + where);
            bind(counting, sql.parameters(), related);
            count = OptionalLong.of(counting.mapTo(Long.class).one());
        }
        return new Page(rows.size() > query.top() ? rows.subList(0, query.top()) : rows, count, more);
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

    /** Fills in the QC flags of observations, one query for the lot. */
    private static void withFlags(Handle handle, EntityType type, List<ObjectNode> rows) {
        if (type != EntityType.OBSERVATION || rows.isEmpty()) {
            return;
        }
        Map<Long, List<Flag>> flags = QualityControl.flags(handle, rows.stream().map(r -> r.get("@iot.id").asLong()).toList());
        for (ObjectNode row : rows) {
            ArrayNode quality = row.putArray("resultQuality");
            for (Flag flag : flags.getOrDefault(row.get("@iot.id").asLong(), List.of())) {
                quality.addObject().put("flag", flag.severity().word()).put("rule", flag.rule()).put("ruleId", flag.ruleId())
                        .put("detail", flag.detail());
            }
        }
    }

    static ObjectNode render(EntityType type, ResultSet rs) throws SQLException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@iot.id", rs.getLong("id"));
        for (Field field : type.fields()) {
            node.set(field.name(), field.read(rs));
        }
        return node;
    }
}
