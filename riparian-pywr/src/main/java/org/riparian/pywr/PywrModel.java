package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Pywr v2 model as read from its JSON file: the time axis, scenario groups, nodes and virtual nodes, edges with
 * slots, parameters (global and node-local), time series and data tables read from CSV files relative to the model
 * file, metric sets and outputs.
 */
public final class PywrModel {

    private static final Set<String> NETWORK_FIELDS = Set.of("nodes", "edges", "parameters", "virtual_nodes",
            "timeseries", "metric_sets", "outputs", "tables");

    private final Path file;
    private final Map<String, PywrNode> nodes = new LinkedHashMap<>();
    private final Map<String, PywrNode> virtualNodes = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Timeseries> timeseries = new LinkedHashMap<>();
    private final List<PywrEdge> edges = new ArrayList<>();
    private final Map<String, MetricSet> metricSets = new LinkedHashMap<>();
    private final List<OutputSpec> outputs = new ArrayList<>();
    private final Tables tables = new Tables();
    private List<Scenarios.Simulation> simulations;
    private LocalDate start;
    private LocalDate end;
    private int stepDays;

    private PywrModel(Path file) {
        this.file = file;
    }

    /** An edge between two Pywr nodes, leaving and entering through the named slots (null: the default). */
    record PywrEdge(String from, String fromSlot, String to, String toSlot) {
        String name() {
            return from + "->" + to;
        }
    }

    /** Reads a model; an unknown node, parameter or value type is an {@link UnsupportedPywrFeatureException}. */
    public static PywrModel read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new PywrModelException(file + ": not a readable JSON model: " + e.getMessage(), e);
        }
        PywrModel model = new PywrModel(file);
        try {
            model.load(root);
        } catch (UnsupportedPywrFeatureException e) {
            throw new UnsupportedPywrFeatureException(file.getFileName() + ": " + e.getMessage());
        } catch (PywrModelException e) {
            throw named(file, e);
        }
        return model;
    }

    /** The problem with the model file's name in front, unless it starts with it already. */
    private static PywrModelException named(Path file, PywrModelException e) {
        String name = file.getFileName().toString();
        return e.getMessage().startsWith(name) ? e : new PywrModelException(name + ": " + e.getMessage(), e);
    }

    private void load(JsonNode root) {
        simulations = Scenarios.read(root.path("scenarios"));
        readTime(root.path("time"));
        JsonNode network = root.path("network");
        network.fieldNames().forEachRemaining(field -> {
            if (!NETWORK_FIELDS.contains(field)) {
                throw new UnsupportedPywrFeatureException("network section", field, "network." + field);
            }
        });
        readData(network);
        readNodesAndParameters(network);
        for (JsonNode json : network.path("edges")) {
            edges.add(new PywrEdge(json.path("from_node").asText(), slot(json.path("from_slot")),
                    json.path("to_node").asText(), slot(json.path("to_slot"))));
        }
        for (JsonNode json : network.path("metric_sets")) {
            MetricSet set = MetricSet.read(json, this);
            metricSets.put(set.name(), set);
        }
        for (JsonNode json : network.path("outputs")) {
            outputs.add(OutputSpec.read(json, this));
        }
    }

    /** Time series and tables, read from files beside the model before anything refers to them. */
    private void readData(JsonNode network) {
        for (JsonNode series : network.path("timeseries")) {
            String name = series.path("meta").path("name").asText();
            timeseries.put(name, Timeseries.read(name, file.resolveSibling(series.path("url").asText()),
                    series.path("time_col").asText("date")));
        }
        for (JsonNode table : network.path("tables")) {
            tables.read(table, file);
        }
    }

    private void readNodesAndParameters(JsonNode network) {
        ValueReader values = new ValueReader(this);
        ParameterReader parameterReader = new ParameterReader(values);
        NodeReader nodeReader = new NodeReader(this, values);
        for (JsonNode json : network.path("nodes")) {
            PywrNode node = nodeReader.node(json);
            nodes.put(node.name, node);
            for (JsonNode local : json.path("parameters")) {
                Parameter parameter = parameterReader.read(local, node.name + ".");
                parameters.put(parameter.name(), parameter);
            }
        }
        for (JsonNode json : network.path("parameters")) {
            Parameter parameter = parameterReader.read(json, "");
            parameters.put(parameter.name(), parameter);
        }
        for (JsonNode json : network.path("virtual_nodes")) {
            PywrNode node = nodeReader.virtualNode(json);
            virtualNodes.put(node.name, node);
        }
    }

    /** A slot is a name or an object: {@code {"type": "User", "name": "x"}} names it, other types are the type. */
    private static String slot(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return null;
        }
        if (json.isTextual()) {
            return json.asText();
        }
        return json.hasNonNull("name") ? json.path("name").asText() : json.path("type").asText();
    }

    private void readTime(JsonNode time) {
        start = LocalDate.parse(time.path("start").asText());
        end = LocalDate.parse(time.path("end").asText());
        JsonNode step = time.path("timestep");
        if (!step.isMissingNode() && !step.path("type").asText("Days").equals("Days")) {
            throw new UnsupportedPywrFeatureException("time step", "of the model", step.path("type").asText());
        }
        stepDays = step.path("days").asInt(1);
    }

    PywrNode node(String name) {
        PywrNode node = nodes.containsKey(name) ? nodes.get(name) : virtualNodes.get(name);
        if (node == null) {
            throw new PywrModelException(file.getFileName() + ": no node named " + name);
        }
        return node;
    }

    Parameter parameter(String name) {
        Parameter parameter = parameters.get(name);
        if (parameter == null) {
            throw new PywrModelException(file.getFileName() + ": no parameter named " + name);
        }
        return parameter;
    }

    Timeseries timeseries(String name) {
        Timeseries series = timeseries.get(name);
        if (series == null) {
            throw new PywrModelException(file.getFileName() + ": no timeseries named " + name);
        }
        return series;
    }

    /** Steps of one simulation. */
    public int stepCount() {
        return (int) ((end.toEpochDay() - start.toEpochDay()) / stepDays) + 1;
    }

    /** Simulations a run makes: one per combination of scenario members. */
    public int simulationCount() {
        return simulations.size();
    }

    List<Scenarios.Simulation> simulations() {
        return simulations;
    }

    Tables tables() {
        return tables;
    }

    public Path file() {
        return file;
    }

    Map<String, PywrNode> nodes() {
        return nodes;
    }

    Map<String, PywrNode> virtualNodes() {
        return virtualNodes;
    }

    Map<String, Parameter> parameters() {
        return parameters;
    }

    List<PywrEdge> edges() {
        return edges;
    }

    MetricSet metricSet(String name) {
        MetricSet set = metricSets.get(name);
        if (set == null) {
            throw new PywrModelException(file.getFileName() + ": no metric set named " + name);
        }
        return set;
    }

    public List<OutputSpec> outputs() {
        return outputs;
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    int stepDays() {
        return stepDays;
    }
}
