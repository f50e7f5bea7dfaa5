package org.riparian.model.network;

import java.util.Optional;
import org.riparian.model.series.MonthlyProfile;

/**
 * A confluence or a gauge. A gauge may carry an environmental minimum flow, which the engine meets before any demand
 * (soft, with a high penalty, reported when missed).
 */
public record Junction(String id, Place place, boolean gauge, Optional<MonthlyProfile> minimumFlow) implements Node {

    public Junction {
        Ids.require(id);
    }

    @Override
    public String kind() {
        return gauge ? "gauge" : "junction";
    }
}
