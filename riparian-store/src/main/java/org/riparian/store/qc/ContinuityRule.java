package org.riparian.store.qc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upstream–downstream consistency along the network: at each phenomenon time, the downstream gauge (this
 * datastream) cannot carry less than the upstream gauge minus the known withdrawals between them, less the loss
 * fraction, beyond the tolerance: down ≥ (up − Σ withdrawals) × (1 − loss) × (1 − tolerance). Values are matched on
 * equal phenomenon times (daily or decade series; travel time within a step is neglected); a time without all the
 * values is not judged. Neighbours arrive converted to this datastream's unit.
 */
record ContinuityRule(long upstream, List<Long> withdrawals, double lossFraction, double tolerance) implements Rule {

    @Override
    public List<Flag> check(long ruleId, List<Point> series, Map<Long, List<Point>> neighbours) {
        Map<String, Double> up = byTime(neighbours.getOrDefault(upstream, List.of()));
        List<Map<String, Double>> taken = withdrawals.stream().map(w -> byTime(neighbours.getOrDefault(w, List.of()))).toList();
        List<Flag> flags = new ArrayList<>();
        for (Point point : series) {
            String key = point.startMs() + "/" + point.endMs();
            if (!up.containsKey(key) || taken.stream().anyMatch(w -> !w.containsKey(key))) {
                continue;
            }
            double withdrawn = taken.stream().mapToDouble(w -> w.get(key)).sum();
            double expected = (up.get(key) - withdrawn) * (1 - lossFraction);
            if (point.value() < expected * (1 - tolerance)) {
                flags.add(new Flag(point.observationId(), ruleId, "continuity", Severity.SUSPECT, "carries " + point.value()
                        + " but upstream " + up.get(key) + " less withdrawals " + RateRule.round(withdrawn) + " and loss " + lossFraction
                        + " leaves " + RateRule.round(expected) + " (tolerance " + tolerance + ")"));
            }
        }
        return flags;
    }

    @Override
    public List<Long> reads() {
        List<Long> all = new ArrayList<>(withdrawals);
        all.add(0, upstream);
        return all;
    }

    private static Map<String, Double> byTime(List<Point> points) {
        Map<String, Double> map = new HashMap<>();
        points.forEach(p -> map.put(p.startMs() + "/" + p.endMs(), p.value()));
        return map;
    }
}
