package org.riparian.analysis.ensemble;

import java.util.Arrays;

/** The distribution of one figure over the traces: mean, extremes and the 5, 10, 25, 50, 75, 90 and 95% quantiles. */
public record Quantiles(double mean, double min, double p05, double p10, double p25, double p50, double p75, double p90,
        double p95, double max) {

    /** Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, as R and NumPy default). */
    public static Quantiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to take quantiles of");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quantiles(Arrays.stream(sorted).average().orElseThrow(), sorted[0], at(sorted, 0.05), at(sorted, 0.10),
                at(sorted, 0.25), at(sorted, 0.50), at(sorted, 0.75), at(sorted, 0.90), at(sorted, 0.95),
                sorted[sorted.length - 1]);
    }

    static double at(double[] sorted, double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
