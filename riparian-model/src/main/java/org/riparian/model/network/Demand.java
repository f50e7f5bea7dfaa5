package org.riparian.model.network;

import java.util.Optional;
import org.riparian.model.series.Series;

/**
 * A demand site. Priority 1 is served first. Of the water delivered, the consumptive fraction is used up; the rest
 * returns to the return node in the same step (lag 0) or the next (lag 1). Without a return node all is consumed.
 */
public record Demand(
        String id,
        Place place,
        DemandUse use,
        Series demand,
        int priority,
        double consumptiveFraction,
        Optional<String> returnNode,
        int returnLagSteps) implements Node {

    public Demand {
        Ids.require(id);
        if (priority < 1) {
            throw new IllegalArgumentException("priority is " + priority + ", expected 1 (highest) or more");
        }
        Ids.fraction("consumptive_fraction", consumptiveFraction);
        if (returnLagSteps != 0 && returnLagSteps != 1) {
            throw new IllegalArgumentException("return lag is " + returnLagSteps + " steps, expected 0 or 1");
        }
        if (returnNode.isEmpty() && consumptiveFraction < 1) {
            throw new IllegalArgumentException("consumptive_fraction " + consumptiveFraction
                    + " < 1 needs a return_node for the water not consumed, expected a return_node or consumptive_fraction 1");
        }
    }

    public Demand withDemand(Series replacement) {
        return new Demand(id, place, use, replacement, priority, consumptiveFraction, returnNode, returnLagSteps);
    }

    @Override
    public String kind() {
        return "demand";
    }
}
