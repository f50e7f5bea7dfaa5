package org.riparian.model.basin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.series.Series;

/** What a basin file describes: the network with its agreements, the named hydrologies, the scenarios and the economic layer. */
public record Basin(String name, String description, Network network, Map<String, Hydrology> hydrologies,
        Map<String, Scenario> scenarios, Economy economy) {

    /** Scale-factor key that applies to every inflow or demand. */
    public static final String ALL = "*";

    public Basin {
        hydrologies = Map.copyOf(hydrologies);
        scenarios = Map.copyOf(scenarios);
    }

    /** A basin without an economic layer: simulation only. */
    public Basin(String name, String description, Network network, Map<String, Hydrology> hydrologies,
            Map<String, Scenario> scenarios) {
        this(name, description, network, hydrologies, scenarios, Economy.none());
    }

    /**
     * The network to run: inflow series from the named hydrology (or the nodes' own), the scenarios applied in order,
     * planned structures that no scenario builds reduced to plain junctions.
     */
    public Network prepare(Optional<String> hydrologyName, List<String> scenarioNames) {
        return prepareWith(hydrologyName.map(this::hydrology), scenarioNames);
    }

    /** As {@link #prepare(Optional, List)} with a hydrology made elsewhere (a recorded year, a forecast). */
    public Network prepareWith(Optional<Hydrology> chosenHydrology, List<String> scenarioNames) {
        Hydrology hydrology = chosenHydrology.orElse(null);
        List<Scenario> chosen = scenarioNames.stream().map(this::scenario).toList();
        Set<String> built = new HashSet<>();
        chosen.forEach(scenario -> built.addAll(scenario.build()));
        List<Node> nodes = new ArrayList<>();
        for (Node node : network.nodes()) {
            nodes.add(prepared(node, hydrology, chosen, built));
        }
        return new Network(nodes, network.links(), network.agreements());
    }

    public Hydrology hydrology(String hydrologyName) {
        Hydrology hydrology = hydrologies.get(hydrologyName);
        if (hydrology == null) {
            throw new IllegalArgumentException("basin " + name + " has no hydrology '" + hydrologyName + "'; it has "
                    + String.join(", ", hydrologies.keySet().stream().sorted().toList()));
        }
        return hydrology;
    }

    public Scenario scenario(String scenarioName) {
        Scenario scenario = scenarios.get(scenarioName);
        if (scenario == null) {
            throw new IllegalArgumentException("basin " + name + " has no scenario '" + scenarioName + "'; it has "
                    + String.join(", ", scenarios.keySet().stream().sorted().toList()));
        }
        return scenario;
    }

    private static Node prepared(Node node, Hydrology hydrology, List<Scenario> chosen, Set<String> built) {
        if (node instanceof Inflow inflow) {
            Series series = hydrology == null ? inflow.series() : hydrology.inflows().getOrDefault(inflow.id(), inflow.series());
            Series scaled = series.scaled(factor(chosen, inflow.id(), true));
            return inflow.withSeries(monthlyFactors(chosen, inflow.id()).map(scaled::scaledByMonth).orElse(scaled));
        }
        if (node instanceof Demand demand) {
            return demand.withDemand(demand.demand().scaled(factor(chosen, demand.id(), false)));
        }
        boolean planned = node instanceof Reservoir r && r.status() == Status.PLANNED
                || node instanceof Hydropower h && h.status() == Status.PLANNED;
        if (planned && !built.contains(node.id())) {
            return new Junction(node.id(), node.place(), false, Optional.empty());
        }
        return node;
    }

    /** The product of the chosen scenarios' monthly factors for an inflow; empty when none scales it by month. */
    private static Optional<double[]> monthlyFactors(List<Scenario> chosen, String id) {
        double[] factors = null;
        for (Scenario scenario : chosen) {
            MonthlyValues scale = scenario.inflowMonthlyScale().getOrDefault(id, scenario.inflowMonthlyScale().get(ALL));
            if (scale == null) {
                continue;
            }
            if (factors == null) {
                factors = new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            }
            for (int month = 0; month < 12; month++) {
                factors[month] *= scale.month(month + 1);
            }
        }
        return Optional.ofNullable(factors);
    }

    private static double factor(List<Scenario> chosen, String id, boolean inflow) {
        double factor = 1;
        for (Scenario scenario : chosen) {
            Map<String, Double> scale = inflow ? scenario.inflowScale() : scenario.demandScale();
            factor *= scale.getOrDefault(id, scale.getOrDefault(ALL, 1.0));
        }
        return factor;
    }
}
