package org.riparian.store.entity;

import org.riparian.store.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/** A finite number: an observation's result. NaN and infinities are refused, whether as numbers or strings. */
record NumberField(String name, String column, boolean required) implements Field {

    private static final double WHOLE_LIMIT = 9_007_199_254_740_992.0;

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
        return row.wasNull() ? JSON.nullNode() : render(number);
    }

    /**
     * A whole number as a JSON integer, as a client most likely sent it ({@code 10}, not {@code 10.0}): the value is
     * the same double either way, so nothing is lost, and a client comparing what it sent with what it reads finds it.
     */
    static JsonNode render(double number) {
        return isWhole(number) ? JSON.numberNode((long) number) : JSON.numberNode(number);
    }

    /** Whole and within the range where every integer is an exact double (2^53), so the long is the same number. */
    private static boolean isWhole(double number) {
        return number == Math.rint(number) && Math.abs(number) <= WHOLE_LIMIT;
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "the string \"" + Times.abbreviate(value.textValue()) + "\"" : value.toString();
    }
}
