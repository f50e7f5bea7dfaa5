package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/** A string property in a varchar column of bounded length. */
record TextField(String name, String column, boolean required, int maxLength) implements Field {

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (!value.isTextual()) {
            throw new InvalidInputException(path, "expected a string, found " + value.getNodeType().name().toLowerCase());
        }
        if (value.textValue().length() > maxLength) {
            throw new InvalidInputException(path, "is " + value.textValue().length() + " characters long, expected at most " + maxLength);
        }
        columns.put(column, value.textValue());
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        String text = row.getString(column);
        return text == null ? JSON.nullNode() : JSON.textNode(text.strip());
    }
}
