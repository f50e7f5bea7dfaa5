package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/**
 * Pywr's simple flow nodes, one part each: Input and Catchment (an input whose flow is fixed), Link and River, Output
 * (with Deficit: what its max flow asked and did not get).
 */
final class FlowNode extends SinglePartNode {

    private final Value minFlow;
    private final Value maxFlow;
    private final Value cost;
    private double lastMaxFlow;

    FlowNode(String name, String type, CostNodeKind kind, Value minFlow, Value maxFlow, Value cost) {
        super(name, type, kind);
        this.minFlow = minFlow;
        this.maxFlow = maxFlow;
        this.cost = cost;
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
