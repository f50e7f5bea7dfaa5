package org.riparian.model.network;

import java.util.Optional;

/**
 * A storage reservoir. Storage stays between dead and full storage; evaporation is taken from the area at the
 * start-of-step storage; what cannot be stored spills. An optional rule curve gives a target storage per month (for
 * the end of each step in that month), held softly with a penalty below any demand.
 */
public record Reservoir(
        String id,
        Place place,
        Status status,
        double deadStorageHm3,
        double fullStorageHm3,
        double initialStorageHm3,
        LevelStorageArea curve,
        MonthlyValues evaporationMm,
        Optional<MonthlyValues> targetStorageHm3,
        Optional<Double> maxReleaseM3s) implements Node {

    public Reservoir {
        Ids.require(id);
        Ids.nonNegative("dead_storage", deadStorageHm3);
        Ids.nonNegative("full_storage", fullStorageHm3);
        Ids.nonNegative("initial_storage", initialStorageHm3);
        if (deadStorageHm3 > fullStorageHm3) {
            throw new IllegalArgumentException("dead_storage " + deadStorageHm3 + " hm3 is above full_storage " + fullStorageHm3
                    + " hm3, expected dead_storage <= full_storage");
        }
        if (initialStorageHm3 < deadStorageHm3 || initialStorageHm3 > fullStorageHm3) {
            throw new IllegalArgumentException("initial_storage " + initialStorageHm3 + " hm3 is outside dead to full storage, expected ["
                    + deadStorageHm3 + ", " + fullStorageHm3 + "] hm3");
        }
        maxReleaseM3s.ifPresent(q -> Ids.nonNegative("max_release", q));
    }

    @Override
    public String kind() {
        return "reservoir";
    }
}
