package org.riparian.model.network;

import java.util.Optional;
import org.riparian.model.series.Climatology;
import org.riparian.model.series.Series;

/**
 * Water entering the network: a headwater or a lateral catchment, with its series and, when known, the monthly
 * climatology from which ensembles of synthetic series are generated.
 */
public record Inflow(String id, Place place, Series series, Optional<Climatology> climatology) implements Node {

    public Inflow {
        Ids.require(id);
    }

    /** An inflow without a climatology: it can be run, but not sampled for ensembles. */
    public Inflow(String id, Place place, Series series) {
        this(id, place, series, Optional.empty());
    }

    /** The same catchment with another series (a named hydrology, a scenario's scaling); its climatology stays. */
    public Inflow withSeries(Series replacement) {
        return new Inflow(id, place, replacement, climatology);
    }

    @Override
    public String kind() {
        return "inflow";
    }
}
