package org.riparian.pywr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/**
 * Delay: water that enters leaves the network at an output part and comes back a fixed number of steps later at an
 * input part whose flow is fixed to it; the first steps release the initial value.
 */
final class DelayNode extends SlotlessNode {

    private final int delaySteps;
    private final double initialValue;
    private final Deque<Double> inTransit = new ArrayDeque<>();
    private int entry;
    private int exit;

    DelayNode(String name, String type, int delaySteps, double initialValue) {
        super(name, type);
        this.delaySteps = delaySteps;
        this.initialValue = initialValue;
    }

    @Override
    void reset() {
        inTransit.clear();
        for (int i = 0; i < delaySteps; i++) {
            inTransit.addLast(initialValue);
        }
    }

    @Override
    void build(CostNetwork.Builder network) {
        entry = network.addNode(name + ".inflow", CostNodeKind.OUTPUT);
        exit = network.addNode(name + ".outflow", CostNodeKind.INPUT);
    }

    @Override
    List<Integer> inletParts() {
        return List.of(entry);
    }

    @Override
    List<Integer> outletParts() {
        return List.of(exit);
    }

    @Override
    List<Integer> flowParts() {
        return List.of(entry);
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        double release = delaySteps == 0 ? initialValue : inTransit.peekFirst();
        step.flowBounds(exit, release, release);
    }

    @Override
    void finish(CostFlows flows, Evaluator evaluator) {
        if (delaySteps > 0) {
            inTransit.pollFirst();
            inTransit.addLast(flows.inflow(entry));
        }
    }

    @Override
    String defaultAttribute() {
        return "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow" -> inflow(flows, List.of(entry));
            case "Outflow" -> outflow(flows, List.of(exit));
            default -> throw noAttribute(attribute);
        };
    }
}
