package org.riparian.model.network;

import java.util.Optional;

/**
 * A hydropower plant on the river: all flow passes the node; up to the turbine capacity it generates, the rest is
 * spilled past the turbines. The head is the level of the named reservoir above the tailwater level, else a fixed head.
 */
public record Hydropower(
        String id,
        Place place,
        Status status,
        double turbineMaxFlowM3s,
        double efficiency,
        double installedMw,
        Optional<String> reservoir,
        Optional<Double> tailwaterLevelM,
        Optional<Double> headM) implements Node {

    public Hydropower {
        Ids.require(id);
        Ids.nonNegative("turbine_max_flow", turbineMaxFlowM3s);
        Ids.nonNegative("installed_capacity", installedMw);
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("efficiency is " + efficiency + ", expected a fraction in (0, 1]");
        }
        if (headM.isEmpty() && (reservoir.isEmpty() || tailwaterLevelM.isEmpty())) {
            throw new IllegalArgumentException("a plant needs either a fixed head or both a reservoir and a tailwater level");
        }
        headM.ifPresent(h -> Ids.nonNegative("head", h));
    }

    @Override
    public String kind() {
        return "hydropower";
    }
}
