package org.riparian.store.entity;

import org.riparian.store.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/** A finite number: an observation's result. NaN and infinities are refused, whether as numbers or strings. */
record NumberField(String name, String column, boolean required) implements Field {

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new InvalidInputException(path, "expected a finite number, found " + describe(value));
        }
        columns.put(column, value.doubleValue());
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        double number = row.getDouble(column);
        return row.wasNull() ? JSON.nullNode() : JSON.numberNode(number);
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "the string \"" + Times.abbreviate(value.textValue()) + "\"" : value.toString();
    }
}
