package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;
import org.riparian.store.unit.Unit;

/** A datastream's {@code unitOfMeasurement}: a unit Riparian converts between, or another symbol kept as given ({@link Unit#declared}). */
record UnitField() implements Field {

    @Override
    public String name() {
        return "unitOfMeasurement";
    }

    @Override
    public String column() {
        return "unit_symbol";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (!value.isObject() || !value.path("symbol").isTextual()) {
            throw new InvalidInputException(path, "expected an object with name, symbol and definition, such as {\"name\": \"cubic metre per second\", \"symbol\": \"m3/s\", \"definition\": \"...\"}");
        }
        Unit unit = Unit.declared(value.get("symbol").textValue(), path + ".symbol");
        columns.put("unit_symbol", unit.symbol());
        columns.put("unit_name", value.path("name").isTextual() ? limit(value.get("name").textValue(), 100, path + ".name") : unit.label());
        columns.put("unit_definition", value.path("definition").isTextual() ? limit(value.get("definition").textValue(), 300, path + ".definition") : "");
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        ObjectNode unit = JSON.objectNode();
        unit.put("name", row.getString("unit_name"));
        unit.put("symbol", row.getString("unit_symbol"));
        unit.put("definition", row.getString("unit_definition"));
        return unit;
    }

    private static String limit(String text, int max, String path) {
        if (text.length() > max) {
            throw new InvalidInputException(path, "is " + text.length() + " characters long, expected at most " + max);
        }
        return text;
    }
}
