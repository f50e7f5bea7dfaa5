package org.riparian.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.LevelStorageArea;
import org.riparian.model.network.Link;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.MonthlyProfile;

/**
 * Random river basins of a chosen size for property tests and benchmarks. The river is a tree grown upstream from
 * one sea: every river node drains into an older one through an uncapped link, so water can always leave and every
 * network is feasible; diversions to canals and demands carry capacities and losses, demands have priorities 1–3
 * and return flows (lag 0 or 1) to the node below their offtake.
 */
public final class SyntheticBasin {

    private static final String[] COUNTRIES = {"KAZ", "KGZ", "TJK", "TKM", "UZB"};

    private final Random random;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<String> riverNodes = new ArrayList<>();
    private final List<String> downstreamOf = new ArrayList<>();

    private SyntheticBasin(long seed) {
        this.random = new Random(seed);
    }

    /** A network of about {@code size} nodes (at least 4), the same for the same seed. */
    public static Network generate(int size, long seed) {
        return new SyntheticBasin(seed).grow(Math.max(4, size));
    }

    /**
     * The same network with environmental minimum flows on about half of its gauges (1–40 m³/s, the same for the same
     * seed), so property tests can exercise the requirement tier; {@link #generate} leaves them out so benchmarks keep
     * comparing plain allocation networks.
     */
    public static Network withMinimumFlows(Network network, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        for (Node node : network.nodes()) {
            if (node instanceof Junction gauge && gauge.gauge() && random.nextBoolean()) {
                MonthlyProfile minimum = MonthlyProfile.constant(1 + random.nextDouble() * 39);
                nodes.add(new Junction(gauge.id(), gauge.place(), true, Optional.of(minimum)));
            } else {
                nodes.add(node);
            }
        }
        return new Network(nodes, network.links(), network.agreements());
    }

    private Network grow(int size) {
        nodes.add(new Terminal("sea", place(), Optional.empty(), Optional.empty()));
        riverNodes.add("sea");
        downstreamOf.add("sea");
        while (nodes.size() < size) {
            double pick = random.nextDouble();
            if (pick < 0.35) {
                addRiverNode();
            } else if (pick < 0.55) {
                addInflow();
            } else if (riverNodes.size() < 2) {
                addRiverNode();
            } else if (pick < 0.90) {
                addDemand();
            } else {
                addCanal();
            }
        }
        addInflow();
        return new Network(nodes, links, List.of());
    }

    private Place place() {
        return new Place(COUNTRIES[random.nextInt(COUNTRIES.length)], "synthetic");
    }

    private String id(String prefix) {
        return prefix + "_" + nodes.size();
    }

    private int pickRiver() {
        int count = riverNodes.size();
        return Math.max(0, count - 1 - random.nextInt(Math.min(count, 6)));
    }

    /** A river node to divert from: never the sea, which keeps its water (a terminal has no outgoing links). */
    private int pickOfftake() {
        int count = riverNodes.size() - 1;
        return riverNodes.size() - 1 - random.nextInt(Math.min(count, 6));
    }

    private void addRiverNode() {
        int below = pickRiver();
        String id;
        if (random.nextDouble() < 0.3) {
            id = id("reservoir");
            double full = 50 + random.nextDouble() * 2000;
            double dead = full * random.nextDouble() * 0.3;
            double initial = dead + (full - dead) * random.nextDouble();
            nodes.add(new Reservoir(id, place(), Status.EXISTING, dead, full, initial,
                    LevelStorageArea.prism(500, 600, full * 1.1, 5 + full / 100), evaporation(), Optional.empty(), Optional.empty()));
        } else {
            id = id("junction");
            nodes.add(new Junction(id, place(), random.nextBoolean(), Optional.empty()));
        }
        links.add(Link.of(id, riverNodes.get(below)));
        riverNodes.add(id);
        downstreamOf.add(riverNodes.get(below));
    }

    private MonthlyValues evaporation() {
        double[] mm = new double[12];
        for (int month = 0; month < 12; month++) {
            mm[month] = 20 + 120 * Math.max(0, Math.sin(Math.PI * (month - 2) / 8.0));
        }
        return new MonthlyValues(mm);
    }

    private void addInflow() {
        String id = id("inflow");
        nodes.add(new Inflow(id, place(), profile(5 + random.nextDouble() * 300, 3)));
        links.add(Link.of(id, riverNodes.get(pickRiver())));
    }

    /** A seasonal profile peaking in early summer, mean about {@code meanM3s}. */
    private MonthlyProfile profile(double meanM3s, double peakiness) {
        double[] flows = new double[12];
        for (int month = 0; month < 12; month++) {
            double season = Math.max(0, Math.sin(Math.PI * (month - 3) / 7.0));
            flows[month] = meanM3s * (0.3 + peakiness * season * season) / (0.3 + peakiness / 2);
        }
        return new MonthlyProfile(flows);
    }

    private void addDemand() {
        int source = pickOfftake();
        String id = id("demand");
        double consumptive = 0.4 + 0.6 * random.nextDouble();
        boolean returns = consumptive < 0.95 && random.nextDouble() < 0.7;
        nodes.add(new Demand(id, place(), DemandUse.IRRIGATION, profile(2 + random.nextDouble() * 60, 4),
                1 + random.nextInt(3), returns ? consumptive : 1, returns ? Optional.of(downstreamOf.get(source)) : Optional.empty(),
                random.nextInt(2)));
        Optional<Double> capacity = random.nextBoolean() ? Optional.of(10 + random.nextDouble() * 100) : Optional.empty();
        links.add(new Link(riverNodes.get(source), id, capacity, random.nextDouble() < 0.3 ? 0.1 * random.nextDouble() : 0));
    }

    private void addCanal() {
        int source = pickOfftake();
        String id = id("canal");
        nodes.add(new Canal(id, place(), 20 + random.nextDouble() * 200, 0.25 * random.nextDouble()));
        links.add(Link.of(riverNodes.get(source), id));
        String demand = id("canal_demand");
        nodes.add(new Demand(demand, place(), DemandUse.IRRIGATION, profile(5 + random.nextDouble() * 50, 4),
                1 + random.nextInt(3), 1, Optional.empty(), 0));
        links.add(Link.of(id, demand));
        links.add(Link.of(id, downstreamOf.get(source)));
    }
}
