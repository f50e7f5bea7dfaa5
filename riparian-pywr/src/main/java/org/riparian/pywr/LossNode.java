package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNetwork.NodeTerm;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/**
 * LossLink and WaterTreatmentWorks: what arrives splits into a net link (bounds and cost apply to it) and a loss that
 * leaves the network, the loss a fixed fraction of the net flow ({@code Net}) or of the gross inflow ({@code Gross}).
 */
final class LossNode extends SlotlessNode {

    private final Value minFlow;
    private final Value maxFlow;
    private final Value cost;
    /** Loss per unit of net flow: the net factor itself, or f / (1 − f) for a gross factor f. */
    private final double lossPerNet;
    private int net;
    private int loss;
    private int lossRow;

    LossNode(String name, String type, Value minFlow, Value maxFlow, Value cost, double lossPerNet) {
        super(name, type);
        this.minFlow = minFlow;
        this.maxFlow = maxFlow;
        this.cost = cost;
        this.lossPerNet = lossPerNet;
    }

    @Override
    void build(CostNetwork.Builder network) {
        net = network.addNode(name + ".net", CostNodeKind.LINK);
        loss = network.addNode(name + ".loss", CostNodeKind.OUTPUT);
        lossRow = network.addConstraint("loss[" + name + "]", List.of(new NodeTerm(loss, 1), new NodeTerm(net, -lossPerNet)));
    }

    @Override
    List<Integer> inletParts() {
        return List.of(net, loss);
    }

    @Override
    List<Integer> outletParts() {
        return List.of(net);
    }

    @Override
    List<Integer> flowParts() {
        return List.of(net);
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        step.flowBounds(net, minFlow.of(evaluator), maxFlow.of(evaluator));
        step.cost(net, cost.of(evaluator));
        step.constraintBounds(lossRow, 0, 0);
    }

    @Override
    String defaultAttribute() {
        return "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow" -> inflow(flows, List.of(net, loss));
            case "Outflow" -> inflow(flows, List.of(net));
            case "Loss" -> inflow(flows, List.of(loss));
            default -> throw noAttribute(attribute);
        };
    }
}
