package org.riparian.model.file;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantities of a basin file: {@code "<number> <unit>"} scalars and the plain numbers of tables, converted to
 * internal units. Every refusal is an {@link IllegalArgumentException} whose message says what was expected.
 */
public final class Quantity {

    /** Plain decimal notation only: YAML's {@code .nan}, {@code 0x1F} or {@code 1_000} are not quantities. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WITH_UNIT = Pattern.compile("(?<number>" + NUMBER.pattern() + ")\\s*(?<unit>\\S.*)");

    private Quantity() {
    }

    /** {@code "19.5 km3"} read as a volume is 19 500 (hm³). */
    public static double parse(String text, Dimension dimension) {
        String trimmed = text.trim();
        if (NUMBER.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("missing unit, expected " + dimension.expectation());
        }
        Matcher parts = WITH_UNIT.matcher(trimmed);
        if (!parts.matches()) {
            String what = looksNonFinite(text) ? "is not a finite number" : "is not a quantity";
            throw new IllegalArgumentException("'" + text + "' " + what + ", expected " + dimension.expectation());
        }
        double factor = factor(parts.group("unit").trim(), dimension);
        return checked(Double.parseDouble(parts.group("number")) * factor, dimension);
    }

    /** The factor from a table's {@code unit:} to the internal unit of the dimension. */
    public static double factor(String unit, Dimension dimension) {
        return dimension.factor(unit).orElseThrow(() -> new IllegalArgumentException(Dimension.of(unit)
                .map(other -> "'" + unit + "' is a unit of " + other.noun() + ", expected " + dimension.noun()
                        + " in " + dimension.unitList())
                .orElse("unknown unit '" + unit + "', expected " + dimension.noun() + " in " + dimension.unitList())));
    }

    /** A plain finite number; {@code expected} completes the message when it is not one. */
    public static double number(String text, String expected) {
        if (!NUMBER.matcher(text.trim()).matches()) {
            String what = looksNonFinite(text) ? "is not a finite number" : "is not a number";
            throw new IllegalArgumentException("'" + text + "' " + what + ", expected " + expected);
        }
        return Double.parseDouble(text.trim());
    }

    /** A value of a table already converted, refused when negative unless the dimension allows it. */
    public static double checked(double value, Dimension dimension) {
        if (value < 0 && !dimension.allowsNegative()) {
            throw new IllegalArgumentException("negative " + dimension.noun().substring(dimension.noun().indexOf(' ') + 1)
                    + ", expected a value >= 0");
        }
        return value;
    }

    /** A share between 0 and 1 (a loss or consumptive fraction). */
    public static double fraction(String text) {
        double value = number(text, "a fraction between 0 and 1 such as 0.02");
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(text + " is outside 0–1, expected a fraction between 0 and 1 such as 0.02");
        }
        return value;
    }

    private static boolean looksNonFinite(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return lower.contains("nan") || lower.contains("inf");
    }
}
