package org.riparian.analysis.run;

import java.util.List;
import java.util.Optional;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.basin.RecordedYear;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** A basin, season and hydrology chosen, with the network they give: what the command line and the server both run. */
public record PreparedRun(Basin basin, String basinSource, Season season, TimeAxis axis, String hydrology,
        List<String> scenarios, Network network) {

    public PreparedRun {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * The run of {@code basin} over {@code season} in steps of {@code step}; {@code hydrology} names one of the basin's
     * hydrologies or a recorded YEAR (absent: normal when the basin has it, else the nodes' own series). An unknown
     * hydrology or scenario is refused with an {@link IllegalArgumentException} naming what the basin has.
     */
    public static PreparedRun of(Basin basin, String basinSource, Season season, StepKind step, Optional<String> hydrology,
            List<String> scenarios) {
        TimeAxis axis = TimeAxis.of(step, season);
        Optional<Hydrology> chosen = hydrology(basin, season, hydrology);
        Network network = basin.prepareWith(chosen, scenarios);
        return new PreparedRun(basin, basinSource, season, axis, chosen.map(Hydrology::name).orElse("basin series"), scenarios,
                network);
    }

    /** As {@link #of(Basin, String, Season, StepKind, Optional, List)} with a hydrology made for this run (a forecast's). */
    public static PreparedRun of(Basin basin, String basinSource, Season season, StepKind step, Hydrology hydrology,
            List<String> scenarios) {
        Network network = basin.prepareWith(Optional.of(hydrology), scenarios);
        return new PreparedRun(basin, basinSource, season, TimeAxis.of(step, season), hydrology.name(), scenarios, network);
    }

    private static Optional<Hydrology> hydrology(Basin basin, Season season, Optional<String> name) {
        if (name.isEmpty()) {
            return Optional.ofNullable(basin.hydrologies().get("normal"));
        }
        if (name.get().matches("\\d{4}")) {
            return Optional.of(RecordedYear.of(basin.network(), Integer.parseInt(name.get()), season.start().getYear()));
        }
        return Optional.of(basin.hydrology(name.get()));
    }
}
