package org.riparian.analysis.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Network;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.Series;
import org.riparian.model.series.Volumes;

/** Between the network and the generator: which inflows can be sampled, and a trace as a hydrology the basin runs. */
public final class TraceHydrology {

    private TraceHydrology() {
    }

    /** The inflows with a climatology, in network order; the others keep their own series in every trace. */
    public static List<Site> sites(Network network) {
        List<Site> sites = new ArrayList<>();
        for (Inflow inflow : network.nodesOf(Inflow.class)) {
            inflow.climatology().ifPresent(climatology -> sites.add(new Site(inflow.id(), climatology)));
        }
        return sites;
    }

    /** The trace's monthly flows as recorded volumes for each sampled inflow, named {@code name}. */
    public static Hydrology of(Trace trace, String name) {
        Map<String, Series> inflows = new HashMap<>();
        for (int i = 0; i < trace.sites().size(); i++) {
            inflows.put(trace.sites().get(i), volumes(trace.first(), trace.flowsM3s()[i]));
        }
        return new Hydrology(name, "generated trace " + name, inflows);
    }

    private static DatedVolumes volumes(YearMonth first, double[] flowsM3s) {
        List<DatedVolumes.Period> periods = new ArrayList<>(flowsM3s.length);
        YearMonth month = first;
        for (double flowM3s : flowsM3s) {
            periods.add(new DatedVolumes.Period(month.atDay(1), month.plusMonths(1).atDay(1),
                    Volumes.hm3FromM3s(flowM3s, month.lengthOfMonth())));
            month = month.plusMonths(1);
        }
        return new DatedVolumes(periods);
    }
}
