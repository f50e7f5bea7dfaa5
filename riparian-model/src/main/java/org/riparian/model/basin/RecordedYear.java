package org.riparian.model.basin;

import java.util.HashMap;
import java.util.Map;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Network;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.Series;

/** A historical year replayed as the hydrology of the season being planned: each recorded series moved by whole years. */
public final class RecordedYear {

    private RecordedYear() {
    }

    /**
     * The inflows of {@code recordedYear} moved to {@code plannedYear}. Every inflow must have a recorded (dated)
     * series; a basin that ships only monthly profiles cannot replay a year.
     */
    public static Hydrology of(Network network, int recordedYear, int plannedYear) {
        Map<String, Series> inflows = new HashMap<>();
        for (Inflow inflow : network.nodesOf(Inflow.class)) {
            if (!(inflow.series() instanceof DatedVolumes recorded)) {
                throw new IllegalArgumentException("inflow " + inflow.id() + " has no recorded series, so year " + recordedYear
                        + " cannot be replayed; use a named hydrology (normal, dry, wet) or a basin with CSV series");
            }
            inflows.put(inflow.id(), recorded.shiftedYears(plannedYear - recordedYear));
        }
        return new Hydrology(String.valueOf(recordedYear), "recorded year " + recordedYear, inflows);
    }
}
