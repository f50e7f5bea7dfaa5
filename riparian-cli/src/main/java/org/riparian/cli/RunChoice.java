package org.riparian.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.basin.RecordedYear;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;
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

    /** A basin, season and hydrology chosen, with the network they give. */
    public record Prepared(Basin basin, String basinSource, Season season, TimeAxis axis, String hydrology,
            List<String> scenarios, Network network) {
    }

    public Prepared prepare() {
        return prepare(Season.comingVegetation(LocalDate.now()));
    }

    /** As {@link #prepare()} with the season a command plans by default. */
    public Prepared prepare(Season defaultSeason) {
        Season chosenSeason = season == null ? defaultSeason : Season.parse(season);
        TimeAxis axis = TimeAxis.of(StepKind.parse(step), chosenSeason);
        Basin loaded = basin.load();
        Optional<Hydrology> chosenHydrology = hydrology(loaded, chosenSeason);
        Network network = loaded.prepareWith(chosenHydrology, scenarios);
        return new Prepared(loaded, basin.label(), chosenSeason, axis, chosenHydrology.map(Hydrology::name).orElse("basin series"),
                List.copyOf(scenarios), network);
    }

    private Optional<Hydrology> hydrology(Basin loaded, Season chosenSeason) {
        if (hydrology == null) {
            return Optional.ofNullable(loaded.hydrologies().get("normal"));
        }
        if (hydrology.equals("forecast")) {
            Optional<Hydrology> normal = Optional.ofNullable(loaded.hydrologies().get("normal"));
            return Optional.of(forecast.hydrology(loaded.network(), normal, chosenSeason).hydrology());
        }
        if (hydrology.matches("\\d{4}")) {
            return Optional.of(RecordedYear.of(loaded.network(), Integer.parseInt(hydrology), chosenSeason.start().getYear()));
        }
        return Optional.of(loaded.hydrology(hydrology));
    }
}
