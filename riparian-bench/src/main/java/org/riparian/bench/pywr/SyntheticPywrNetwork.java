package org.riparian.bench.pywr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random water networks of a chosen size written as Pywr models in the v1 (Pywr 1.x) and v2 (pywr-next) schemas, so
 * Pywr and Riparian run the same network. A river tree grown upstream from a sea (an Output at no cost): river links
 * without limits and storages with a small value of kept water, catchments with a monthly inflow profile, and
 * demands, each an abstraction link with a capacity and a cost feeding an Output with a monthly demand and a
 * negative cost of -10, -20 or -30 (three priorities). Water can always reach the sea, so every step is feasible.
 * Flows are hm³/day, volumes hm³. The same size and seed give the same network.
 */
public final class SyntheticPywrNetwork {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One node: its Pywr type, and the figures that type uses (NaN or null when it has none). */
    private record Node(String name, String type, double maxFlow, double cost, double[] monthly, double maxVolume,
            double initialProportion) {
    }

    private record Edge(String from, String to) {
    }

    private final Random random;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<String> river = new ArrayList<>();
    private final LocalDate start;
    private final LocalDate end;

    private SyntheticPywrNetwork(long seed, LocalDate start, LocalDate end) {
        this.random = new Random(seed);
        this.start = start;
        this.end = end;
    }

    /** A network of about {@code size} nodes (at least 4) run daily from {@code start} to {@code end} inclusive. */
    public static SyntheticPywrNetwork generate(int size, long seed, LocalDate start, LocalDate end) {
        SyntheticPywrNetwork network = new SyntheticPywrNetwork(seed, start, end);
        network.grow(Math.max(4, size));
        return network;
    }

    public int nodeCount() {
        return nodes.size();
    }

    private void grow(int size) {
        nodes.add(new Node("sea", "Output", Double.NaN, 0, null, Double.NaN, Double.NaN));
        river.add("sea");
        addRiverNode();
        while (nodes.size() < size - 1) {
            double pick = random.nextDouble();
            if (pick < 0.30) {
                addRiverNode();
            } else if (pick < 0.55) {
                addCatchment();
            } else {
                addDemand();
            }
        }
        addCatchment();
    }

    private String below() {
        int count = river.size();
        return river.get(Math.max(0, count - 1 - random.nextInt(Math.min(count, 6))));
    }

    /** A river node to abstract from: never the sea. */
    private String offtake() {
        int count = river.size() - 1;
        return river.get(river.size() - 1 - random.nextInt(Math.min(count, 6)));
    }

    private void addRiverNode() {
        String to = below();
        String name;
        if (random.nextDouble() < 0.25) {
            name = "storage_" + nodes.size();
            nodes.add(new Node(name, "Storage", Double.NaN, -0.5 - random.nextDouble(), null,
                    50 + random.nextDouble() * 2000, 0.3 + 0.7 * random.nextDouble()));
        } else {
            name = "river_" + nodes.size();
            nodes.add(new Node(name, "Link", Double.NaN, 0, null, Double.NaN, Double.NaN));
        }
        edges.add(new Edge(name, to));
        river.add(name);
    }

    private void addCatchment() {
        String name = "catchment_" + nodes.size();
        nodes.add(new Node(name, "Catchment", Double.NaN, 0, profile(0.5 + random.nextDouble() * 25, 3), Double.NaN,
                Double.NaN));
        edges.add(new Edge(name, below()));
    }

    private void addDemand() {
        String from = offtake();
        String link = "abstraction_" + nodes.size();
        nodes.add(new Node(link, "Link", 1 + random.nextDouble() * 10, 0.1 + random.nextDouble(), null, Double.NaN,
                Double.NaN));
        String demand = "demand_" + nodes.size();
        nodes.add(new Node(demand, "Output", Double.NaN, -10.0 * (1 + random.nextInt(3)),
                profile(0.2 + random.nextDouble() * 6, 4), Double.NaN, Double.NaN));
        edges.add(new Edge(from, link));
        edges.add(new Edge(link, demand));
    }

    /** A seasonal profile peaking in early summer, mean about {@code mean}. */
    private static double[] profile(double mean, double peakiness) {
        double[] values = new double[12];
        for (int month = 0; month < 12; month++) {
            double season = Math.max(0, Math.sin(Math.PI * (month - 3) / 7.0));
            values[month] = mean * (0.3 + peakiness * season * season) / (0.3 + peakiness / 2);
        }
        return values;
    }

    /** The network in the pywr-next (v2) schema. */
    public ObjectNode v2() {
        ObjectNode root = JSON.objectNode();
        root.putObject("metadata").put("title", "synthetic " + nodes.size()).put("minimum_version", "0.1");
        ObjectNode time = root.putObject("time").put("start", start.toString()).put("end", end.toString());
        time.putObject("timestep").put("type", "Days").put("days", 1);
        ObjectNode network = root.putObject("network");
        ArrayNode v2Nodes = network.putArray("nodes");
        ArrayNode parameters = network.putArray("parameters");
        for (Node node : nodes) {
            v2Nodes.add(v2Node(node, parameters));
        }
        ArrayNode v2Edges = network.putArray("edges");
        edges.forEach(edge -> v2Edges.addObject().put("from_node", edge.from()).put("to_node", edge.to()));
        return root;
    }

    private ObjectNode v2Node(Node node, ArrayNode parameters) {
        ObjectNode json = JSON.objectNode();
        json.putObject("meta").put("name", node.name());
        json.put("type", node.type());
        if (node.monthly() != null) {
            String parameter = node.name() + "_profile";
            ObjectNode profile = parameters.addObject();
            profile.putObject("meta").put("name", parameter);
            profile.put("type", "MonthlyProfile").set("values", numbers(node.monthly()));
            json.putObject(node.type().equals("Catchment") ? "flow" : "max_flow").put("type", "Parameter")
                    .put("name", parameter);
        }
        if (!Double.isNaN(node.maxFlow())) {
            json.set("max_flow", literal(node.maxFlow()));
        }
        if (!Double.isNaN(node.maxVolume())) {
            json.set("max_volume", literal(node.maxVolume()));
            json.putObject("initial_volume").put("type", "Proportional").put("proportion", node.initialProportion());
        }
        if (node.cost() != 0) {
            json.set("cost", literal(node.cost()));
        }
        return json;
    }

    /** The network in the Pywr 1.x (v1) schema. */
    public ObjectNode v1() {
        ObjectNode root = JSON.objectNode();
        root.putObject("metadata").put("title", "synthetic " + nodes.size()).put("minimum_version", "1.0");
        root.putObject("timestepper").put("start", start.toString()).put("end", end.toString()).put("timestep", 1);
        ArrayNode v1Nodes = root.putArray("nodes");
        ObjectNode parameters = root.putObject("parameters");
        for (Node node : nodes) {
            v1Nodes.add(v1Node(node, parameters));
        }
        ArrayNode v1Edges = root.putArray("edges");
        edges.forEach(edge -> v1Edges.addArray().add(edge.from()).add(edge.to()));
        return root;
    }

    private static ObjectNode v1Node(Node node, ObjectNode parameters) {
        ObjectNode json = JSON.objectNode().put("name", node.name()).put("type", node.type().toLowerCase());
        if (node.monthly() != null) {
            String parameter = node.name() + "_profile";
            parameters.putObject(parameter).put("type", "monthlyprofile").set("values", numbers(node.monthly()));
            json.put(node.type().equals("Catchment") ? "flow" : "max_flow", parameter);
        }
        if (!Double.isNaN(node.maxFlow())) {
            json.put("max_flow", node.maxFlow());
        }
        if (!Double.isNaN(node.maxVolume())) {
            json.put("max_volume", node.maxVolume()).put("initial_volume", node.initialProportion() * node.maxVolume())
                    .put("initial_volume_pc", node.initialProportion());
        }
        if (node.cost() != 0) {
            json.put("cost", node.cost());
        }
        return json;
    }

    private static ObjectNode literal(double value) {
        return JSON.objectNode().put("type", "Literal").put("value", value);
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = JSON.arrayNode();
        for (double value : values) {
            array.add(value);
        }
        return array;
    }
}
