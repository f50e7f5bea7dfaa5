package org.riparian.analysis.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A season's volume forecast, hm³: the regression's expectation, the sd of its prediction error and the quantiles of
 * a normal prediction error around it, cut at 0 since a river does not run backwards.
 */
public record VolumeForecast(double expectedHm3, double sdHm3, Map<String, Double> quantilesHm3) {

    /** Percentile names and the standard normal quantile of each. */
    private static final Map<String, Double> NORMAL_QUANTILES = normalQuantiles();

    public VolumeForecast {
        quantilesHm3 = Map.copyOf(quantilesHm3);
    }

    static VolumeForecast normal(double expectedHm3, double sdHm3) {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        NORMAL_QUANTILES.forEach((name, z) -> quantiles.put(name, Math.max(0, expectedHm3 + z * sdHm3)));
        return new VolumeForecast(expectedHm3, sdHm3, quantiles);
    }

    /** The quantiles from p05 to p95 in order (the record's map has no order). */
    public Map<String, Double> orderedQuantilesHm3() {
        Map<String, Double> ordered = new LinkedHashMap<>();
        NORMAL_QUANTILES.keySet().forEach(name -> ordered.put(name, quantilesHm3.get(name)));
        return ordered;
    }

    private static Map<String, Double> normalQuantiles() {
        Map<String, Double> z = new LinkedHashMap<>();
        z.put("p05", -1.6448536);
        z.put("p10", -1.2815516);
        z.put("p25", -0.6744898);
        z.put("p50", 0.0);
        z.put("p75", 0.6744898);
        z.put("p90", 1.2815516);
        z.put("p95", 1.6448536);
        return z;
    }
}
