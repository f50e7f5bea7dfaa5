package org.riparian.model.network;

/** A point of the basin network. Every node has an id unique in its network and belongs to one country and basin. */
public sealed interface Node permits Inflow, Junction, Reservoir, Hydropower, Demand, Canal, Terminal {

    String id();

    Place place();

    default String country() {
        return place().country();
    }

    /** The kind as the basin file spells it. */
    String kind();
}
