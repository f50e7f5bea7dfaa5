package org.riparian.model.network;

import java.util.Arrays;

/** Twelve values, January first, whose unit the holder's field name states (evaporation mm, target storage hm³). */
public record MonthlyValues(double[] values) {

    public MonthlyValues {
        if (values.length != 12) {
            throw new IllegalArgumentException("12 monthly values expected (January to December), got " + values.length);
        }
        for (int month = 0; month < 12; month++) {
            Ids.nonNegative("monthly value " + (month + 1), values[month]);
        }
        values = values.clone();
    }

    public static MonthlyValues zero() {
        return new MonthlyValues(new double[12]);
    }

    public double month(int month) {
        return values[month - 1];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyValues m && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
