package org.riparian.model.basin;

import java.util.Map;
import org.riparian.model.series.Series;

/** A named set of inflow series (a normal, dry or wet year, a forecast) replacing the inflow nodes' own series. */
public record Hydrology(String name, String description, Map<String, Series> inflows) {

    public Hydrology {
        inflows = Map.copyOf(inflows);
    }
}
