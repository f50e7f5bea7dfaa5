package org.riparian.model.network;

import java.util.regex.Pattern;

/** Node ids are used in LP names, file names and URLs, so they are kept to a safe alphabet. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("id '" + id + "' must start with a letter and hold only letters, digits, '_', '-' and '.'");
        }
        return id;
    }

    static double nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " is " + value + ", expected a finite number >= 0");
        }
        return value;
    }

    static double fraction(String field, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(field + " is " + value + ", expected a fraction between 0 and 1");
        }
        return value;
    }
}
