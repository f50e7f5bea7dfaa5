package org.riparian.store.seed;

import java.util.List;
import java.util.Optional;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;

/**
 * What is observed at each kind of station: (property, unit, aggregation, interpolation, levels). Gauges, reservoirs
 * and canal heads are nodes of the network; energy meters stand beside it.
 */
enum StationKind {
    GAUGE(List.of(new Series("discharge", "m3/s", "day", "AveragePrec", true))),
    RESERVOIR(List.of(new Series("reservoir level", "m a.s.l.", "day", "Continuous", false),
            new Series("reservoir volume", "hm3", "day", "Continuous", true),
            new Series("release", "m3/s", "day", "AveragePrec", true))),
    CANAL_HEAD(List.of(new Series("withdrawal", "m3/s", "day", "AveragePrec", true))),
    /** Where an energy delivery is counted: the electricity delivered each day, a total. */
    ENERGY_METER(List.of(new Series(BasinSeed.DELIVERED_ELECTRICITY, "GWh", "day", "TotalPrec", true)));

    /** One series of a station; {@code allLevels}: raw, validated and agreed datastreams, else raw only. */
    record Series(String property, String unit, String aggregation, String interpolation, boolean allLevels) {

        List<String> levels() {
            return allLevels ? List.of("raw", "validated", "agreed") : List.of("raw");
        }
    }

    private final List<Series> series;

    StationKind(List<Series> series) {
        this.series = series;
    }

    List<Series> series() {
        return series;
    }

    static Optional<StationKind> of(Node node) {
        if (node instanceof Junction junction && junction.gauge() || node instanceof Inflow) {
            return Optional.of(GAUGE);
        }
        if (node instanceof Reservoir) {
            return Optional.of(RESERVOIR);
        }
        if (node instanceof Canal) {
            return Optional.of(CANAL_HEAD);
        }
        return Optional.empty();
    }
}
