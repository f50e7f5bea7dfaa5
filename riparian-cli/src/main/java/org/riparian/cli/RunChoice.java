package org.riparian.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.analysis.run.PreparedRun;
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

    @Option(names = "--hydrology", paramLabel = "NAME|YEAR",
            description = "A named hydrology of the basin (normal, dry, wet) or a recorded YEAR (default: normal when the basin has it).")
    String hydrology;

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
        return PreparedRun.of(basin.load(), basin.label(), chosenSeason, StepKind.parse(step), Optional.ofNullable(hydrology), scenarios);
    }
}
