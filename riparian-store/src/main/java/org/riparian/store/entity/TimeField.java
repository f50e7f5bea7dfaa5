package org.riparian.store.entity;

import org.riparian.store.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/**
 * A time: an instant in one epoch-millisecond column, or (with {@code endColumn}) an instant-or-interval in two, the
 * end equal to the start for an instant.
 */
record TimeField(String name, String column, String endColumn, boolean required) implements Field {

    static TimeField instant(String name, String column, boolean required) {
        return new TimeField(name, column, null, required);
    }

    static TimeField interval(String name, String startColumn, String endColumn) {
        return new TimeField(name, startColumn, endColumn, true);
    }

    @Override
    public Kind kind() {
        return Kind.TIME;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (!value.isTextual()) {
            throw new InvalidInputException(path, "expected an ISO 8601 time string, found " + value.getNodeType().name().toLowerCase());
        }
        if (endColumn == null) {
            columns.put(column, Times.parse(value.textValue(), path));
        } else {
            long[] interval = Times.parseInterval(value.textValue(), path);
            columns.put(column, interval[0]);
            columns.put(endColumn, interval[1]);
        }
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        long start = row.getLong(column);
        if (row.wasNull()) {
            return JSON.nullNode();
        }
        return JSON.textNode(endColumn == null ? Times.format(start) : Times.formatInterval(start, row.getLong(endColumn)));
    }
}
