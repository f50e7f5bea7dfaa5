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
import java.util.TreeSet;

/**
 * A Pywr v2 model as a Riparian basin file, run by the priority engine. Flows are taken as hm³ per day and volumes
 * as hm³. What maps: Catchment and Input (an inflow series; an Input's unused supply leaves to a terminal), Link and
 * River (a junction, or a canal with the max flow as capacity), Output (a demand whose priority ranks its cost, most
 * negative first; one with no max flow and no negative cost is a terminal), RiverGauge (a gauge with the MRF as its
 * minimum flow), Storage and Reservoir without spill or compensation (a reservoir). Values may vary with the date only; they become daily series over the model's run.
 *
 * <p>What cannot map is an error listing every such node, virtual node, parameter and section ({@link
 * PywrModelException}); nothing is written. What maps but may allocate differently (costs of links, inputs and
 * storages, which the priority engine does not weigh) is a warning, and the file is written.
 */
public final class BasinConversion {

    /** The basin file's text and what may allocate differently from the Pywr run. */
    public record Result(String yaml, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    static final String COUNTRY = "XXX";

    private final PywrModel model;
    private final JsonNode network;
    private final ValueStates states;
    private final BasinIds ids = new BasinIds();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final Map<String, Double> outputCosts = new LinkedHashMap<>();
    private final List<LocalDate> dates = new ArrayList<>();

    private BasinConversion(PywrModel model, JsonNode root) {
        this.model = model;
        this.network = root.path("network");
        this.states = new ValueStates(network);
        for (LocalDate d = model.start(); !d.isAfter(model.end()); d = d.plusDays(model.stepDays())) {
            dates.add(d);
        }
    }

    /** Converts the model; an error lists everything that does not map. */
    public static Result convert(Path modelFile) {
        PywrModel model = PywrModel.read(modelFile);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(modelFile.toFile());
        } catch (IOException e) {
            throw new PywrModelException(modelFile + ": not a readable JSON model: " + e.getMessage(), e);
        }
        return new BasinConversion(model, root).convert(modelFile.getFileName().toString());
    }

    private Result convert(String fileName) {
        refuseWholeModelFeatures();
        network.path("nodes").forEach(json -> ids.add(json.path("meta").path("name").asText()));
        rankOutputs();
        network.path("nodes").forEach(this::node);
        network.path("edges").forEach(this::edge);
        if (!problems.isEmpty()) {
            throw new PywrModelException(fileName + ": " + problems.size() + " feature(s) without a basin-file"
                    + " equivalent, nothing written:\n  " + String.join("\n  ", problems));
        }
        return new Result(BasinYaml.text(fileName, nodes, links), warnings);
    }

    private void refuseWholeModelFeatures() {
        if (model.simulations().size() > 1) {
            problems.add("scenarios: " + model.simulations().size() + " simulations; a basin file runs one hydrology"
                    + " at a time (give each as a hydrology instead)");
        }
        if (model.stepDays() != 1) {
            problems.add("time step of " + model.stepDays() + " days; basin series are converted as daily");
        }
        for (JsonNode virtual : network.path("virtual_nodes")) {
            problems.add("virtual node " + virtual.path("meta").path("name").asText() + " of type "
                    + virtual.path("type").asText() + ": licences and aggregated constraints have no basin-file form");
        }
    }

    /** Priorities 1, 2, … in the order of the Outputs' negative costs, most negative first; equal costs share one. */
    private void rankOutputs() {
        for (JsonNode json : network.path("nodes")) {
            if (json.path("type").asText().equals("Output")) {
                String name = json.path("meta").path("name").asText();
                JsonNode cost = json.get("cost");
                if (cost != null && !states.literal(cost)) {
                    problems.add("node " + name + " of type Output: a cost that varies; a demand's priority is fixed");
                } else {
                    outputCosts.put(name, cost == null ? 0 : states.literalValue(cost));
                }
            }
        }
    }

    private int priority(double cost) {
        return new TreeSet<>(outputCosts.values().stream().filter(c -> c < 0).toList()).headSet(cost).size() + 1;
    }

    private void node(JsonNode json) {
        String name = json.path("meta").path("name").asText();
        String type = json.path("type").asText();
        switch (type) {
            case "Catchment" -> inflow(json, name, type, json.get("flow"), true);
            case "Input" -> input(json, name, type);
            case "Link", "River" -> link(json, name, type);
            case "Output" -> output(json, name, type);
            case "Storage", "Reservoir" -> storage(json, name, type);
            case "RiverGauge" -> gauge(json, name, type);
            default -> problems.add("node " + name + " of type " + type + ": no basin-file node behaves like it");
        }
    }

    private void input(JsonNode json, String name, String type) {
        JsonNode min = json.get("min_flow");
        JsonNode max = json.get("max_flow");
        boolean noMin = states.literal(min) && states.literalValue(min) == 0;
        boolean forced = !noMin && min.equals(max);
        if (!noMin && !forced) {
            problems.add("node " + name + " of type Input: a min flow other than 0 or its max flow");
            return;
        }
        inflow(json, name, type, max, forced);
    }

    /** An inflow of the value's daily series; unless the flow is forced, what is not used leaves to a terminal. */
    private void inflow(JsonNode json, String name, String type, JsonNode flow, boolean forced) {
        if (flow == null || flow.isNull()) {
            problems.add("node " + name + " of type " + type + ": no max flow; an inflow needs a series");
            return;
        }
        double[] series = series(flow, name, type, "flow");
        if (series == null) {
            return;
        }
        warnCost(json, name, type, "an inflow's water is used by the priority of the demands it reaches");
        nodes.add(BasinYaml.inflow(ids.id(name), name, dates, series));
        if (!forced) {
            String unused = ids.extra(name + "_unused");
            nodes.add(BasinYaml.terminal(unused, name + " (supply not drawn)"));
            links.add(BasinYaml.link(ids.id(name), unused));
        }
    }

    private void link(JsonNode json, String name, String type) {
        if (json.hasNonNull("min_flow") && !(states.literal(json.get("min_flow"))
                && states.literalValue(json.get("min_flow")) == 0)) {
            problems.add("node " + name + " of type " + type + ": a min flow; basin links have none");
            return;
        }
        warnCost(json, name, type, "the priority engine routes water by demand priorities, not by link costs");
        JsonNode max = json.get("max_flow");
        if (max == null || max.isNull()) {
            nodes.add(BasinYaml.junction(ids.id(name), name));
        } else if (!states.literal(max)) {
            problems.add("node " + name + " of type " + type + ": a max flow that varies; a canal's capacity is fixed");
        } else {
            nodes.add(BasinYaml.canal(ids.id(name), name, states.literalValue(max) * BasinYaml.M3S_PER_HM3_PER_DAY));
        }
    }

    private void output(JsonNode json, String name, String type) {
        if (json.hasNonNull("min_flow")) {
            problems.add("node " + name + " of type Output: a min flow; a basin demand has no minimum");
            return;
        }
        Double cost = outputCosts.get(name);
        JsonNode max = json.get("max_flow");
        if (cost == null) {
            return;
        }
        if (cost >= 0 || max == null || max.isNull()) {
            if (cost < 0) {
                warnings.add("node " + name + " of type Output: no max flow, written as a terminal that takes what"
                        + " is left rather than a demand with priority");
            }
            nodes.add(BasinYaml.terminal(ids.id(name), name));
            return;
        }
        double[] demand = series(max, name, type, "max flow");
        if (demand != null) {
            nodes.add(BasinYaml.demand(ids.id(name), name, dates, demand, priority(cost)));
        }
    }

    /**
     * A gauge whose minimum flow is the MRF: the basin serves it before every demand, as Pywr does when the MRF cost
     * is below every Output's cost; otherwise a warning.
     */
    private void gauge(JsonNode json, String name, String type) {
        JsonNode mrf = json.get("mrf");
        if (mrf == null || mrf.isNull()) {
            nodes.add(BasinYaml.gauge(ids.id(name), name, null));
            return;
        }
        double[] series = series(mrf, name, type, "mrf");
        JsonNode mrfCost = json.get("mrf_cost");
        if (series == null || !states.literal(mrfCost)) {
            if (series != null) {
                problems.add("node " + name + " of type " + type + ": an mrf cost that varies");
            }
            return;
        }
        double[] monthly = BasinYaml.monthly(dates, series);
        if (monthly == null) {
            problems.add("node " + name + " of type " + type + ": an mrf that varies within a month; a gauge's"
                    + " minimum flow is monthly");
            return;
        }
        double cost = states.literalValue(mrfCost);
        if (outputCosts.values().stream().anyMatch(c -> c <= cost)) {
            warnings.add("node " + name + " of type " + type + ": the basin serves the mrf before every demand; Pywr"
                    + " only before Outputs that cost more than its mrf cost " + cost);
        }
        nodes.add(BasinYaml.gauge(ids.id(name), name, monthly));
    }

    private void storage(JsonNode json, String name, String type) {
        for (String field : List.of("spill", "compensation")) {
            if (json.hasNonNull(field)) {
                problems.add("node " + name + " of type " + type + ": " + field + "; a basin reservoir spills to"
                        + " its downstream links only");
                return;
            }
        }
        JsonNode max = json.get("max_volume");
        JsonNode min = json.get("min_volume");
        if (!states.literal(max) || max == null || (min != null && !states.literal(min))) {
            problems.add("node " + name + " of type " + type + ": min and max volume must be fixed numbers");
            return;
        }
        double full = states.literalValue(max);
        double dead = min == null ? 0 : states.literalValue(min);
        JsonNode initial = json.path("initial_volume");
        double start = initial.path("type").asText("Proportional").equals("Proportional")
                ? initial.path("proportion").asDouble(1) * full : initial.path("volume").asDouble();
        warnings.add("node " + name + " of type " + type + ": a basin reservoir releases for demands by priority"
                + " and keeps the rest; Pywr's storage cost is not weighed");
        nodes.add(BasinYaml.reservoir(ids.id(name), name, dead, full, Math.max(dead, start)));
    }

    private void edge(JsonNode json) {
        if (json.hasNonNull("from_slot") || json.hasNonNull("to_slot")) {
            problems.add("edge " + json.path("from_node").asText() + "->" + json.path("to_node").asText()
                    + ": slots; basin links join whole nodes");
            return;
        }
        String from = json.path("from_node").asText();
        String to = json.path("to_node").asText();
        if (ids.known(from) && ids.known(to)) {
            links.add(BasinYaml.link(ids.id(from), ids.id(to)));
        }
    }

    private void warnCost(JsonNode json, String name, String type, String why) {
        JsonNode cost = json.get("cost");
        if (cost != null && !(states.literal(cost) && states.literalValue(cost) == 0)) {
            warnings.add("node " + name + " of type " + type + ": cost not carried over; " + why);
        }
    }

    /** The value's figure on each day of the run, or null (a problem recorded) when it depends on the model's state. */
    private double[] series(JsonNode value, String name, String type, String what) {
        String dependence = states.stateDependence(value, name);
        if (dependence != null) {
            problems.add("node " + name + " of type " + type + ": its " + what + " depends on " + dependence);
            return null;
        }
        Value v = new ValueReader(model).read(value, name);
        Evaluator evaluator = new Evaluator(model, model.simulations().get(0));
        double[] series = new double[dates.size()];
        for (int d = 0; d < series.length; d++) {
            evaluator.phase(dates.get(d), model.stepDays(), null);
            series[d] = v.of(evaluator);
            if (!(series[d] >= 0) || Double.isInfinite(series[d])) {
                problems.add("node " + name + " of type " + type + ": " + what + " " + series[d] + " on "
                        + dates.get(d) + "; a basin series holds finite values >= 0");
                return null;
            }
        }
        return series;
    }
}
