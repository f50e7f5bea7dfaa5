package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;
import org.riparian.engine.hydropower.HydropowerEquation;

/**
 * Turbine: a link whose flow a power target bounds through the engine's {@link HydropowerEquation} (as its max flow,
 * min flow or both), and which reports the power its flow makes. Without a water elevation Pywr takes the turbine
 * elevation as the head.
 */
final class TurbineNode extends SinglePartNode {

    /** Where the flow a target needs is applied. */
    enum TargetType { MAX_FLOW, MIN_FLOW, BOTH }

    /** The turbine's fixed figures: elevation (or head without a water elevation) and minimum head. */
    record Setting(double turbineElevation, double minHead, HydropowerEquation equation) {
    }

    private final Value cost;
    private final Value target;
    private final TargetType targetType;
    private final Value waterElevation;
    private final Setting setting;

    TurbineNode(String name, String type, Value cost, Value target, TargetType targetType, Value waterElevation,
            Setting setting) {
        super(name, type, CostNodeKind.LINK);
        this.cost = cost;
        this.target = target;
        this.targetType = targetType;
        this.waterElevation = waterElevation;
        this.setting = setting;
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        step.cost(part, cost.of(evaluator));
        if (target == null) {
            return;
        }
        double flow = setting.equation().flowFor(target.of(evaluator), head(evaluator), setting.minHead());
        double min = targetType == TargetType.MAX_FLOW ? 0 : flow;
        double max = targetType == TargetType.MIN_FLOW ? Double.POSITIVE_INFINITY : flow;
        step.flowBounds(part, min, max);
    }

    private double head(Evaluator evaluator) {
        return waterElevation == null ? setting.turbineElevation()
                : waterElevation.of(evaluator) - setting.turbineElevation();
    }

    @Override
    String defaultAttribute() {
        return "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow" -> inflow(flows, List.of(part));
            case "Outflow" -> outflow(flows, List.of(part));
            case "Power" -> setting.equation().power(inflow(flows, List.of(part)), head(evaluator));
            default -> throw noAttribute(attribute);
        };
    }
}
