package org.riparian.model.network;

/** A canal or diversion: capacity at its head, and a fraction of what enters lost on the way (seepage, evaporation). */
public record Canal(String id, Place place, double capacityM3s, double lossFraction) implements Node {

    public Canal {
        Ids.require(id);
        Ids.nonNegative("capacity", capacityM3s);
        Ids.fraction("loss_fraction", lossFraction);
    }

    @Override
    public String kind() {
        return "canal";
    }
}
