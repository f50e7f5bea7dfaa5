package org.riparian.model.basin;

import java.util.Map;
import java.util.Set;
import org.riparian.model.network.MonthlyValues;

/**
 * A named change to the basin: planned structures built, inflows or demands scaled, inflows scaled month by month
 * (an earlier melt peak, a glacier past peak water). Scenarios compose: given in turn, their builds add up and their
 * scale factors multiply.
 */
public record Scenario(String name, String description, Set<String> build, Map<String, Double> inflowScale,
        Map<String, Double> demandScale, Map<String, MonthlyValues> inflowMonthlyScale) {

    public Scenario {
        build = Set.copyOf(build);
        inflowScale = Map.copyOf(inflowScale);
        demandScale = Map.copyOf(demandScale);
        inflowMonthlyScale = Map.copyOf(inflowMonthlyScale);
        for (Map.Entry<String, Double> entry : inflowScale.entrySet()) {
            requireFactor(name, entry);
        }
        for (Map.Entry<String, Double> entry : demandScale.entrySet()) {
            requireFactor(name, entry);
        }
    }

    /** A scenario without monthly scaling. */
    public Scenario(String name, String description, Set<String> build, Map<String, Double> inflowScale,
            Map<String, Double> demandScale) {
        this(name, description, build, inflowScale, demandScale, Map.of());
    }

    private static void requireFactor(String scenario, Map.Entry<String, Double> entry) {
        if (!Double.isFinite(entry.getValue()) || entry.getValue() < 0) {
            throw new IllegalArgumentException("scenario " + scenario + ": factor for " + entry.getKey() + " is "
                    + entry.getValue() + ", expected a finite number >= 0");
        }
    }
}
