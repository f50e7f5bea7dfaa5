package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/**
 * Pywr's simple flow nodes, one part each: Input and Catchment (an input whose flow is fixed), Link and River, Output
 * (with Deficit: what its max flow asked and did not get).
 */
final class FlowNode extends PywrNode {

    private final CostNodeKind kind;
    private final Value minFlow;
    private final Value maxFlow;
    private final Value cost;
    private int part;
    private double lastMaxFlow;

    FlowNode(String name, String type, CostNodeKind kind, Value minFlow, Value maxFlow, Value cost) {
        super(name, type);
        this.kind = kind;
        this.minFlow = minFlow;
        this.maxFlow = maxFlow;
        this.cost = cost;
    }

    @Override
    void build(CostNetwork.Builder network) {
        part = network.addNode(name, kind);
    }

    @Override
    List<Integer> inlets(String slot) {
        if (slot != null) {
            throw noSlot(slot);
        }
        return List.of(part);
    }

    @Override
    List<Integer> outlets(String slot) {
        return inlets(slot);
    }

    @Override
    List<Integer> flowParts() {
        return List.of(part);
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        lastMaxFlow = maxFlow.of(evaluator);
        step.flowBounds(part, minFlow.of(evaluator), lastMaxFlow);
        step.cost(part, cost.of(evaluator));
    }

    @Override
    String defaultAttribute() {
        return kind == CostNodeKind.OUTPUT ? "Inflow" : "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow" -> kind == CostNodeKind.INPUT ? outflow(flows, List.of(part)) : inflow(flows, List.of(part));
            case "Outflow" -> kind == CostNodeKind.OUTPUT ? inflow(flows, List.of(part)) : outflow(flows, List.of(part));
            case "Deficit" -> lastMaxFlow - inflow(flows, List.of(part));
            default -> throw noAttribute(attribute);
        };
    }
}
