package org.riparian.store.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the revision columns that every revision query selects. */
enum RevisionMapper implements RowMapper<Revision> {
    INSTANCE;

    @Override
    public Revision map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Revision(rs.getLong("observation_id"), Instant.ofEpochMilli(rs.getLong("phenomenon_start_ms")),
                Instant.ofEpochMilli(rs.getLong("phenomenon_end_ms")), rs.getInt("revision"), rs.getDouble("result"),
                rs.getString("sender"), Instant.ofEpochMilli(rs.getLong("received_ms")));
    }
}
