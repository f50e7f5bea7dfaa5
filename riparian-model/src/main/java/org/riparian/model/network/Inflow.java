package org.riparian.model.network;

import org.riparian.model.series.Series;

/** Water entering the network: a headwater or a lateral catchment, with its series. */
public record Inflow(String id, Place place, Series series) implements Node {

    public Inflow {
        Ids.require(id);
    }

    public Inflow withSeries(Series replacement) {
        return new Inflow(id, place, replacement);
    }

    @Override
    public String kind() {
        return "inflow";
    }
}
