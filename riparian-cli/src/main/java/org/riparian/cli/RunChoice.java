package org.riparian.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose what to run, shared by the commands that run the engine: basin, season, hydrology, step, scenarios. */
public final class RunChoice {

    @Mixin
    BasinChoice basin;

    @Option(names = "--season", paramLabel = "SEASON",
            description = "YEAR-vegetation, YEAR-non-vegetation or YEAR-YEAR+1 (default: the coming vegetation season).")
    String season;

    @Option(names = "--hydrology", paramLabel = "NAME|YEAR|forecast",
            description = "A named hydrology of the basin (normal, dry, wet), a recorded YEAR, or forecast: the normal "
                    + "hydrology with the April-September inflows upstream of --forecast-node scaled by the gauge's "
                    + "vegetation-season volume forecast (from its October-March flow, a --forecast-quantile of it) over "
                    + "the mean of its past seasons (default: normal when the basin has it).")
    String hydrology;

    @Mixin
    ForecastChoice forecast;

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "decade", description = "decade, month or day (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the basin; repeat to compose.")
    List<String> scenarios = new ArrayList<>();

    public PreparedRun prepare() {
        return prepare(Season.comingVegetation(LocalDate.now()));
    }

    /** As {@link #prepare()} with the season a command plans by default. */
    public PreparedRun prepare(Season defaultSeason) {
        Season chosenSeason = season == null ? defaultSeason : Season.parse(season);
        StepKind stepKind = StepKind.parse(step);
        if ("forecast".equals(hydrology)) {
            Basin loaded = basin.load();
            Optional<Hydrology> normal = Optional.ofNullable(loaded.hydrologies().get("normal"));
            Hydrology forecasted = forecast.hydrology(loaded.network(), normal, chosenSeason).hydrology();
            return PreparedRun.of(loaded, basin.label(), chosenSeason, stepKind, forecasted, scenarios);
        }
        return PreparedRun.of(basin.load(), basin.label(), chosenSeason, stepKind, Optional.ofNullable(hydrology), scenarios);
    }
}
