package org.riparian.model.series;

import java.util.Arrays;

/**
 * The monthly statistics of an inflow that stochastic generators need (January first): the mean flow, its standard
 * deviation (m³/s) and the lag-1 correlation of each month with the month before (December of the previous year for
 * January).
 */
public record Climatology(double[] meanM3s, double[] sdM3s, double[] lag1) {

    public Climatology {
        requireTwelve("mean", meanM3s);
        requireTwelve("sd", sdM3s);
        requireTwelve("lag1", lag1);
        for (int month = 0; month < 12; month++) {
            require("mean", month, meanM3s[month], Double.isFinite(meanM3s[month]), "a finite flow in m3/s");
            require("sd", month, sdM3s[month], Double.isFinite(sdM3s[month]) && sdM3s[month] >= 0, "a finite flow >= 0 m3/s");
            require("lag1", month, lag1[month], lag1[month] >= -1 && lag1[month] <= 1, "a correlation from -1 to 1");
        }
        meanM3s = meanM3s.clone();
        sdM3s = sdM3s.clone();
        lag1 = lag1.clone();
    }

    // Messages start with the file's field name so that the reader reports them on that field.
    private static void requireTwelve(String field, double[] values) {
        if (values.length != 12) {
            throw new IllegalArgumentException(field + " has " + values.length + " values, expected 12 (January to December)");
        }
    }

    private static void require(String field, int month, double value, boolean valid, String expected) {
        if (!valid) {
            throw new IllegalArgumentException(field + " of month " + (month + 1) + " is " + value + ", expected " + expected);
        }
    }

    @Override
    public double[] meanM3s() {
        return meanM3s.clone();
    }

    @Override
    public double[] sdM3s() {
        return sdM3s.clone();
    }

    @Override
    public double[] lag1() {
        return lag1.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Climatology c && Arrays.equals(meanM3s, c.meanM3s) && Arrays.equals(sdM3s, c.sdM3s)
                && Arrays.equals(lag1, c.lag1);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(meanM3s) + Arrays.hashCode(sdM3s)) + Arrays.hashCode(lag1);
    }

    @Override
    public String toString() {
        return "Climatology[mean=" + Arrays.toString(meanM3s) + " m3/s, sd=" + Arrays.toString(sdM3s) + " m3/s, lag1="
                + Arrays.toString(lag1) + "]";
    }
}
