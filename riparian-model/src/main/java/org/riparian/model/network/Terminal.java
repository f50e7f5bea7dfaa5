package org.riparian.model.network;

import java.util.Optional;

/** Where the water ends: a sea or a lake (North Aral, South Aral) that keeps all that reaches it. */
public record Terminal(String id, Place place, Optional<LevelStorageArea> curve, Optional<Double> initialVolumeHm3)
        implements Node {

    public Terminal {
        Ids.require(id);
        initialVolumeHm3.ifPresent(v -> Ids.nonNegative("initial_volume", v));
    }

    @Override
    public String kind() {
        return "terminal";
    }
}
