package org.riparian.store.entity;

import org.riparian.store.Times;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.riparian.model.network.Place;
import org.riparian.store.InvalidInputException;
import org.riparian.store.datastream.Interpolation;
import org.riparian.store.datastream.ProcessingLevel;

/**
 * The free {@code properties} object, of which some keys are Riparian's own and kept in columns of their own so that
 * rights, QC and aggregation can use them: {@code country} of a station, {@code processingLevel},
 * {@code aggregation}, {@code interpolationType} and {@code open} of a datastream. Those keys are checked; the rest is
 * kept as given.
 */
record PropertiesField(String column, List<Key> keys) implements Field {

    /** A key of properties kept in a column, with its check and its value when absent (null: leave the column unset). */
    record Key(String name, String column, Parser parser, Object absent) {
    }

    /** Checks a key's value and returns the column value. */
    interface Parser {
        Object parse(JsonNode value, String path);
    }

    static final Key COUNTRY = new Key("country", "country", PropertiesField::country, null);

    static PropertiesField owned() {
        return new PropertiesField("properties", List.of(COUNTRY));
    }

    static PropertiesField plain() {
        return new PropertiesField("properties", List.of());
    }

    static PropertiesField ofDatastream() {
        return new PropertiesField("properties", List.of(
                new Key("processingLevel", "processing_level", (v, p) -> ProcessingLevel.of(text(v, p), p).word(), "raw"),
                new Key("aggregation", "aggregation", PropertiesField::aggregation, "instant"),
                new Key("interpolationType", "interpolation", (v, p) -> Interpolation.of(text(v, p), p).name(), "Continuous"),
                new Key("open", "open_data", PropertiesField::bool, false)));
    }

    @Override
    public String name() {
        return "properties";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Kind kind() {
        return Kind.JSON;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        if (!value.isObject()) {
            throw new InvalidInputException(path, "expected a JSON object, found " + value.getNodeType().name().toLowerCase());
        }
        ObjectNode rest = ((ObjectNode) value).deepCopy();
        for (Key key : keys) {
            JsonNode given = rest.remove(key.name());
            if (given != null && !given.isNull()) {
                columns.put(key.column(), key.parser().parse(given, path + "." + key.name()));
            } else if (key.absent() != null) {
                columns.putIfAbsent(key.column(), key.absent());
            }
        }
        new JsonField("properties", column, false, true).write(rest, path, columns);
    }

    /** The defaults of the Riparian keys, for an entity created without {@code properties}. */
    void writeDefaults(Map<String, Object> columns) {
        for (Key key : keys) {
            if (key.absent() != null) {
                columns.putIfAbsent(key.column(), key.absent());
            }
        }
    }

    @Override
    public JsonNode read(ResultSet row) throws SQLException {
        JsonNode stored = JsonField.parse(row.getString(column));
        ObjectNode properties = stored.isObject() ? (ObjectNode) stored : JSON.objectNode();
        for (Key key : keys) {
            Object value = row.getObject(key.column());
            if (value instanceof Boolean flag) {
                properties.put(key.name(), flag);
            } else if (value != null) {
                properties.put(key.name(), value.toString().strip());
            }
        }
        return properties;
    }

    private static String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw new InvalidInputException(path, "expected a string, found " + value.getNodeType().name().toLowerCase());
        }
        return value.textValue();
    }

    private static Object country(JsonNode value, String path) {
        String code = text(value, path);
        if (!Place.isCountryCode(code)) {
            throw new InvalidInputException(path, "'" + Times.abbreviate(code) + "' is not an ISO 3166 alpha-3 code, expected such as KGZ");
        }
        return code;
    }

    private static Object aggregation(JsonNode value, String path) {
        String word = text(value, path);
        if (!List.of("instant", "day", "decade", "month", "season", "year").contains(word)) {
            throw new InvalidInputException(path, "'" + Times.abbreviate(word) + "', expected instant, day, decade, month, season or year");
        }
        return word;
    }

    private static Object bool(JsonNode value, String path) {
        if (!value.isBoolean()) {
            throw new InvalidInputException(path, "expected true or false, found " + value);
        }
        return value.booleanValue();
    }
}
