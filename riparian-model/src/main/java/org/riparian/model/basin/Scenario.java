package org.riparian.model.basin;

import java.util.Map;
import java.util.Set;

/**
 * A named change to the basin: planned structures built, inflows or demands scaled. Scenarios compose: given in turn,
 * their builds add up and their scale factors multiply.
 */
public record Scenario(String name, String description, Set<String> build, Map<String, Double> inflowScale,
        Map<String, Double> demandScale) {

    public Scenario {
        build = Set.copyOf(build);
        inflowScale = Map.copyOf(inflowScale);
        demandScale = Map.copyOf(demandScale);
        for (Map.Entry<String, Double> entry : inflowScale.entrySet()) {
            requireFactor(name, entry);
        }
        for (Map.Entry<String, Double> entry : demandScale.entrySet()) {
            requireFactor(name, entry);
        }
    }

    private static void requireFactor(String scenario, Map.Entry<String, Double> entry) {
        if (!Double.isFinite(entry.getValue()) || entry.getValue() < 0) {
            throw new IllegalArgumentException("scenario " + scenario + ": factor for " + entry.getKey() + " is "
                    + entry.getValue() + ", expected a finite number >= 0");
        }
    }
}
