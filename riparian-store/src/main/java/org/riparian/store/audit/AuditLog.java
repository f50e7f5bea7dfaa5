package org.riparian.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Appends changes and reads them back; writes join the caller's transaction so a change and its entry land together. */
public final class AuditLog {

    private static final int DETAIL_LENGTH = 2000;

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(String actor, String action, String entity, Long entityId, String detail) {
        jdbi.useHandle(h -> record(h, actor, action, entity, entityId, detail));
    }

    public void record(Handle handle, String actor, String action, String entity, Long entityId, String detail) {
        handle.createUpdate("insert into audit_log(at_ms, actor, action, entity, entity_id, detail) values (:at, :actor, :action, :entity, :id, :detail)")
                .bind("at", System.currentTimeMillis()).bind("actor", actor).bind("action", action).bind("entity", entity)
                .bind("id", entityId)
                .bind("detail", detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH - 1) + "…" : detail)
                .execute();
    }

    /** The latest entries first. */
    public List<AuditEntry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log order by id desc limit :limit").bind("limit", limit)
                .map(AuditLog::entry)
                .list());
    }

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), rs.getObject("entity_id", Long.class), rs.getString("detail"));
    }

    public List<AuditEntry> of(String entity, long entityId) {
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log where entity = :entity and entity_id = :id order by id")
                .bind("entity", entity).bind("id", entityId)
                .map(AuditLog::entry)
                .list());
    }
}
