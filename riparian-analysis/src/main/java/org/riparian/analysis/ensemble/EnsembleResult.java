package org.riparian.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An ensemble's summary: per demand and country the shortage tally over every step of every trace, and the
 * distribution over traces of each terminal's inflow and of energy per country and in total. Terminals get no total:
 * a sea, a desert sink and a lake do not add up to one figure anyone plans for. The fans are, step by step, the
 * distribution over traces of each reservoir's end storage and each country's shortage (hm³).
 */
public record EnsembleResult(int traces, Map<String, ShortageTally> demands, Map<String, ShortageTally> countries,
        Map<String, Quantiles> terminalInflowHm3, Map<String, Quantiles> energyGwh, Map<String, List<Quantiles>> storageFanHm3,
        Map<String, List<Quantiles>> shortageFanHm3) {

    /** Key of the energy summed over all countries. */
    public static final String TOTAL = "total";

    /** The summary of the outcomes, merged in trace order so the result does not depend on which thread ran what. */
    public static EnsembleResult of(List<TraceOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one trace");
        }
        Map<String, ShortageTally> demands = new LinkedHashMap<>();
        Map<String, ShortageTally> countries = new TreeMap<>();
        for (TraceOutcome outcome : outcomes) {
            outcome.demands().forEach((id, tally) -> demands.merge(id, tally, ShortageTally::plus));
            outcome.countries().forEach((id, tally) -> countries.merge(id, tally, ShortageTally::plus));
        }
        return new EnsembleResult(outcomes.size(), demands, countries,
                distributions(outcomes, TraceOutcome::terminalInflowHm3, false),
                distributions(outcomes, TraceOutcome::energyGwh, true), fans(outcomes, TraceOutcome::storageEndHm3),
                fans(outcomes, TraceOutcome::countryShortageHm3));
    }

    private static Map<String, List<Quantiles>> fans(List<TraceOutcome> outcomes, Function<TraceOutcome, Map<String, double[]>> series) {
        Map<String, List<Quantiles>> fans = new LinkedHashMap<>();
        for (String key : series.apply(outcomes.get(0)).keySet()) {
            int steps = series.apply(outcomes.get(0)).get(key).length;
            List<Quantiles> fan = new ArrayList<>(steps);
            for (int t = 0; t < steps; t++) {
                double[] acrossTraces = new double[outcomes.size()];
                for (int k = 0; k < outcomes.size(); k++) {
                    acrossTraces[k] = series.apply(outcomes.get(k)).get(key)[t];
                }
                fan.add(Quantiles.of(acrossTraces));
            }
            fans.put(key, List.copyOf(fan));
        }
        return fans;
    }

    private static Map<String, Quantiles> distributions(List<TraceOutcome> outcomes,
            Function<TraceOutcome, Map<String, Double>> figures, boolean withTotal) {
        Map<String, double[]> values = new TreeMap<>();
        double[] totals = new double[outcomes.size()];
        for (int k = 0; k < outcomes.size(); k++) {
            for (Map.Entry<String, Double> figure : figures.apply(outcomes.get(k)).entrySet()) {
                values.computeIfAbsent(figure.getKey(), key -> new double[outcomes.size()])[k] = figure.getValue();
                totals[k] += figure.getValue();
            }
        }
        Map<String, Quantiles> distributions = new LinkedHashMap<>();
        values.forEach((key, perTrace) -> distributions.put(key, Quantiles.of(perTrace)));
        if (withTotal && !values.isEmpty()) {
            distributions.put(TOTAL, Quantiles.of(totals));
        }
        return distributions;
    }
}
