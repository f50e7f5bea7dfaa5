package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.hydropower.HydropowerEquation;

/** Pywr node and virtual node objects as {@link PywrNode}s; fields this reader would ignore are refused. */
final class NodeReader {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Set<String> ALWAYS_KNOWN = Set.of("meta", "type", "parameters", "position");

    private final PywrModel model;
    private final ValueReader values;

    NodeReader(PywrModel model, ValueReader values) {
        this.model = model;
        this.values = values;
    }

    PywrNode node(JsonNode json) {
        String name = json.path("meta").path("name").asText();
        String type = json.path("type").asText();
        return switch (type) {
            case "Input" -> flowNode(json, name, type, CostNodeKind.INPUT);
            case "Link", "River" -> flowNode(json, name, type, CostNodeKind.LINK);
            case "Output" -> flowNode(json, name, type, CostNodeKind.OUTPUT);
            case "Catchment" -> catchment(json, name, type);
            case "Storage", "Reservoir" -> storage(json, name, type);
            case "RiverGauge" -> gauge(json, name, type, List.of(), false);
            case "Abstraction" -> gauge(json, name, type, List.of(new GaugeNode.Branch("Abstraction",
                    value(json, name, "abs_max_flow", INF), value(json, name, "abs_cost", 0), 0)), false);
            case "RiverSplitWithGauge" -> gauge(json, name, type, splits(json, name, type), true);
            case "LossLink", "WaterTreatmentWorks" -> loss(json, name, type);
            case "Delay" -> delay(json, name, type);
            case "PiecewiseLink" -> piecewise(json, name, type);
            case "Turbine" -> turbine(json, name, type);
            case "PiecewiseStorage" -> piecewiseStorage(json, name, type);
            default -> throw new UnsupportedPywrFeatureException("node", name, type);
        };
    }

    PywrNode virtualNode(JsonNode json) {
        String name = json.path("meta").path("name").asText();
        String type = json.path("type").asText();
        return switch (type) {
            case "VirtualStorage" -> virtualStorage(json, name, type);
            case "Aggregated" -> aggregated(json, name, type);
            case "AggregatedStorage" -> {
                known(json, name, type, "storage_nodes");
                List<StorageNode> storages = new ArrayList<>();
                for (JsonNode ref : json.path("storage_nodes")) {
                    if (!(model.node(ref.path("name").asText()) instanceof StorageNode storage)) {
                        throw new PywrModelException("aggregated storage " + name + ": " + ref.path("name").asText()
                                + " is not a storage");
                    }
                    storages.add(storage);
                }
                yield new AggregatedStorageNode(name, type, storages);
            }
            default -> throw new UnsupportedPywrFeatureException("virtual node", name, type);
        };
    }

    private Value value(JsonNode json, String name, String field, double otherwise) {
        return values.read(json.get(field), name, otherwise);
    }

    /** Refuses a field this reader does not implement, so it is never silently ignored. */
    private static void known(JsonNode json, String name, String type, String... fields) {
        Set<String> allowed = Set.of(fields);
        json.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field) && !ALWAYS_KNOWN.contains(field) && !json.get(field).isNull()) {
                throw new UnsupportedPywrFeatureException("field", field + " of node " + name, type);
            }
        });
    }

    private PywrNode flowNode(JsonNode json, String name, String type, CostNodeKind kind) {
        known(json, name, type, "min_flow", "max_flow", "cost");
        return new FlowNode(name, type, kind, value(json, name, "min_flow", 0), value(json, name, "max_flow", INF),
                value(json, name, "cost", 0));
    }

    private PywrNode catchment(JsonNode json, String name, String type) {
        known(json, name, type, "flow", "cost");
        Value flow = value(json, name, "flow", 0);
        return new FlowNode(name, type, CostNodeKind.INPUT, flow, flow, value(json, name, "cost", 0));
    }

    private PywrNode storage(JsonNode json, String name, String type) {
        known(json, name, type, "min_volume", "max_volume", "initial_volume", "cost", "compensation", "spill");
        JsonNode initial = json.path("initial_volume");
        boolean proportional = initial.path("type").asText("Proportional").equals("Proportional");
        double start = proportional ? initial.path("proportion").asDouble(1) : initial.path("volume").asDouble();
        StorageNode.Spill spill = switch (json.path("spill").asText("")) {
            case "LinkNode" -> StorageNode.Spill.LINK;
            case "OutputNode" -> StorageNode.Spill.OUTPUT;
            default -> StorageNode.Spill.NONE;
        };
        Value compensation = json.hasNonNull("compensation") ? values.read(json.get("compensation"), name) : null;
        return new StorageNode(name, type, value(json, name, "min_volume", 0), value(json, name, "max_volume", INF),
                new InitialVolume(proportional, start), value(json, name, "cost", 0), compensation, spill);
    }

    private PywrNode gauge(JsonNode json, String name, String type, List<GaugeNode.Branch> branches, boolean split) {
        known(json, name, type, "mrf", "mrf_cost", "abs_max_flow", "abs_cost", "splits");
        return new GaugeNode(name, type, value(json, name, "mrf", 0), value(json, name, "mrf_cost", 0), branches,
                split);
    }

    private List<GaugeNode.Branch> splits(JsonNode json, String name, String type) {
        List<GaugeNode.Branch> branches = new ArrayList<>();
        for (JsonNode split : json.path("splits")) {
            branches.add(new GaugeNode.Branch(split.path("slot_name").asText(), Value.literal(INF), Value.literal(0),
                    literal(split.path("factor"), "split factor of node " + name, type)));
        }
        return branches;
    }

    /** A factor that sits in the LP matrix, which this engine keeps fixed over the run. */
    private static double literal(JsonNode json, String what, String type) {
        if (json.isNumber()) {
            return json.asDouble();
        }
        if (!json.path("type").asText().equals("Literal")) {
            throw new UnsupportedPywrFeatureException("non-literal", what, type);
        }
        return json.path("value").asDouble();
    }

    private PywrNode loss(JsonNode json, String name, String type) {
        known(json, name, type, "min_flow", "max_flow", "cost", "loss_factor");
        JsonNode factor = json.path("loss_factor");
        double lossPerNet = 0;
        if (!factor.isMissingNode() && !factor.isNull()) {
            double f = literal(factor.path("factor"), "loss factor of node " + name, type);
            lossPerNet = switch (factor.path("type").asText()) {
                case "Net" -> f;
                case "Gross" -> f / (1 - f);
                default -> throw new UnsupportedPywrFeatureException("loss factor", "of node " + name,
                        factor.path("type").asText());
            };
        }
        return new LossNode(name, type, value(json, name, "min_flow", 0), value(json, name, "max_flow", INF),
                value(json, name, "cost", 0), lossPerNet);
    }

    private PywrNode delay(JsonNode json, String name, String type) {
        known(json, name, type, "delay", "initial_value");
        int steps = (int) literal(json.path("delay"), "delay of node " + name, type);
        double initial = json.hasNonNull("initial_value")
                ? literal(json.path("initial_value"), "initial value of node " + name, type) : 0;
        return new DelayNode(name, type, steps, initial);
    }

    private PywrNode piecewise(JsonNode json, String name, String type) {
        known(json, name, type, "steps");
        List<PiecewiseLinkNode.Piece> pieces = new ArrayList<>();
        for (JsonNode step : json.path("steps")) {
            pieces.add(new PiecewiseLinkNode.Piece(values.read(step.get("min_flow"), name, 0),
                    values.read(step.get("max_flow"), name, INF), values.read(step.get("cost"), name, 0)));
        }
        return new PiecewiseLinkNode(name, type, pieces);
    }

    private PywrNode piecewiseStorage(JsonNode json, String name, String type) {
        known(json, name, type, "max_volume", "initial_volume", "steps");
        InitialVolume initial = proportionalInitialVolume(json, "of node " + name);
        List<PiecewiseStorageNode.Zone> zones = new ArrayList<>();
        for (JsonNode step : json.path("steps")) {
            zones.add(new PiecewiseStorageNode.Zone(values.read(step.get("control_curve"), name),
                    values.read(step.get("cost"), name, 0)));
        }
        return new PiecewiseStorageNode(name, type, value(json, name, "max_volume", INF), initial, zones);
    }

    private PywrNode turbine(JsonNode json, String name, String type) {
        known(json, name, type, "cost", "target", "target_type", "water_elevation", "turbine_elevation", "min_head",
                "efficiency", "water_density", "flow_unit_conversion", "energy_unit_conversion");
        TurbineNode.TargetType targetType = switch (json.path("target_type").asText("MaxFlow")) {
            case "MaxFlow" -> TurbineNode.TargetType.MAX_FLOW;
            case "MinFlow" -> TurbineNode.TargetType.MIN_FLOW;
            case "Both" -> TurbineNode.TargetType.BOTH;
            default -> throw new UnsupportedPywrFeatureException("turbine target type", "of node " + name,
                    json.path("target_type").asText());
        };
        HydropowerEquation equation = new HydropowerEquation(json.path("efficiency").asDouble(1),
                json.path("water_density").asDouble(1000), json.path("flow_unit_conversion").asDouble(1),
                json.path("energy_unit_conversion").asDouble(1e-6));
        TurbineNode.Setting setting = new TurbineNode.Setting(json.path("turbine_elevation").asDouble(0),
                json.path("min_head").asDouble(0), equation);
        Value target = json.hasNonNull("target") ? values.read(json.get("target"), name) : null;
        Value water = json.hasNonNull("water_elevation") ? values.read(json.get("water_elevation"), name) : null;
        return new TurbineNode(name, type, value(json, name, "cost", 0), target, targetType, water, setting);
    }

    private PywrNode virtualStorage(JsonNode json, String name, String type) {
        known(json, name, type, "nodes", "factors", "max_volume", "initial_volume", "reset", "min_volume");
        List<PywrNode> nodes = references(json.path("nodes"));
        List<Double> factors = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            factors.add(json.path("factors").has(i) ? json.path("factors").get(i).asDouble() : 1.0);
        }
        InitialVolume initial = proportionalInitialVolume(json, "of virtual node " + name);
        JsonNode reset = json.path("reset");
        String resetType = reset.path("type").asText("Never");
        MonthDay start = null;
        MonthDay end = null;
        if (resetType.equals("Seasonal")) {
            start = MonthDay.of(reset.path("start_month").asInt(), reset.path("start_day").asInt());
            end = MonthDay.of(reset.path("end_month").asInt(), reset.path("end_day").asInt());
        } else if (!resetType.equals("Never")) {
            throw new UnsupportedPywrFeatureException("virtual storage reset", "of " + name, resetType);
        }
        return new VirtualStorageNode(name, type, nodes, factors, value(json, name, "max_volume", INF), initial,
                start, end);
    }

    /** The initial volume of a node that takes only a proportion of its max volume (Pywr's default type). */
    private static InitialVolume proportionalInitialVolume(JsonNode json, String of) {
        JsonNode initial = json.path("initial_volume");
        if (!initial.path("type").asText("Proportional").equals("Proportional")) {
            throw new UnsupportedPywrFeatureException("initial volume", of, initial.path("type").asText());
        }
        return InitialVolume.proportion(initial.path("proportion").asDouble(1));
    }

    private PywrNode aggregated(JsonNode json, String name, String type) {
        known(json, name, type, "nodes", "min_flow", "max_flow", "relationship");
        JsonNode relationship = json.path("relationship");
        Integer maxActive = null;
        if (!relationship.isMissingNode() && !relationship.isNull()) {
            if (!relationship.path("type").asText().equals("Exclusive")) {
                throw new UnsupportedPywrFeatureException("aggregated relationship", "of " + name,
                        relationship.path("type").asText());
            }
            maxActive = relationship.path("max_active").asInt(1);
        }
        return new AggregatedNode(name, type, references(json.path("nodes")), value(json, name, "min_flow", 0),
                value(json, name, "max_flow", INF), maxActive);
    }

    private List<PywrNode> references(JsonNode refs) {
        List<PywrNode> nodes = new ArrayList<>();
        refs.forEach(ref -> nodes.add(model.node(ref.path("name").asText())));
        return nodes;
    }
}
