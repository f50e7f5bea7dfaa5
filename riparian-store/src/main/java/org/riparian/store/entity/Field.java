package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One property of an entity type as the standard names it, and the column(s) it is kept in. {@link #write} checks a
 * JSON value and turns it into column values; {@link #read} renders the stored columns back.
 */
public interface Field {

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The standard's property name, such as {@code phenomenonTime}. */
    String name();

    boolean required();

    /** The column that {@code $filter} compares and {@code $orderby} sorts. */
    String column();

    /** How a {@code $filter} literal compared with this field must be typed. */
    Kind kind();

    /** Checks a present, non-null value and puts its column values; {@code path} names it in errors. */
    void write(JsonNode value, String path, Map<String, Object> columns);

    JsonNode read(ResultSet row) throws SQLException;

    /** What $filter may compare a field with. */
    enum Kind { TEXT, NUMBER, TIME, BOOLEAN, JSON }
}
