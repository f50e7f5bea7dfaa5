package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNetwork.NodeTerm;
import org.riparian.engine.costs.CostStep;

/**
 * Aggregated: the summed flow of its nodes held within a min and max flow, or, with an Exclusive relationship, at most
 * one of them (or {@code max_active}) carrying flow in a step.
 */
final class AggregatedNode extends VirtualNode {

    private final List<PywrNode> nodes;
    private final Value minFlow;
    private final Value maxFlow;
    private final Integer exclusiveMaxActive;
    private int row;

    AggregatedNode(String name, String type, List<PywrNode> nodes, Value minFlow, Value maxFlow,
            Integer exclusiveMaxActive) {
        super(name, type);
        this.nodes = List.copyOf(nodes);
        this.minFlow = minFlow;
        this.maxFlow = maxFlow;
        this.exclusiveMaxActive = exclusiveMaxActive;
    }

    boolean exclusive() {
        return exclusiveMaxActive != null;
    }

    @Override
    void build(CostNetwork.Builder network) {
        List<Integer> parts = partsOf(nodes);
        row = network.addConstraint("aggregated[" + name + "]",
                parts.stream().map(part -> new NodeTerm(part, 1)).toList());
        if (exclusive()) {
            network.addExclusiveGroup(name, parts, exclusiveMaxActive);
        }
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        step.constraintBounds(row, minFlow.of(evaluator), maxFlow.of(evaluator));
    }

    @Override
    String defaultAttribute() {
        return "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow", "Outflow" -> flows == null ? 0
                    : partsOf(nodes).stream().mapToDouble(flows::flow).sum();
            default -> throw noAttribute(attribute);
        };
    }
}
