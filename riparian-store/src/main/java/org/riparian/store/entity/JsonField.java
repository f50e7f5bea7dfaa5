package org.riparian.store.entity;

import org.riparian.store.Times;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;
import org.riparian.store.StoreException;

/** Any JSON value (an object where {@code objectOnly}) kept as its text: properties, a GeoJSON location, sensor metadata. */
record JsonField(String name, String column, boolean required, boolean objectOnly) implements Field {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LENGTH = 20000;

    @Override
    public Kind kind() {
        return Kind.JSON;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (objectOnly && !value.isObject()) {
            throw new InvalidInputException(path, "expected a JSON object, found " + value.getNodeType().name().toLowerCase());
        }
        String text = value.toString();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(path, "is " + text.length() + " characters of JSON, expected at most " + MAX_LENGTH);
        }
        columns.put(column, text);
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        return parse(row.getString(column));
    }

    static JsonNode parse(String text) {
        if (text == null) {
            return JSON.nullNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is unreadable: " + Times.abbreviate(text), e);
        }
    }
}
