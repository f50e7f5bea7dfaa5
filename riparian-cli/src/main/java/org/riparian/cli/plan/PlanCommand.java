package org.riparian.cli.plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.cli.BasinChoice;
import org.riparian.cli.ProgressBars;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.basin.RecordedYear;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian plan}: the allocation plan of a season, per step and country. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Compute the allocation plan of a season: demand, delivery and shortage per country and step, "
                + "inflow to the terminal seas and reservoir storage.")
public final class PlanCommand implements Callable<Integer> {

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

    @Option(names = "--out", paramLabel = "DIR", description = "Write allocation.csv, flows.csv, reservoirs.csv and summary.json here.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv on standard output (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "glop", description = "glop or clp (default: ${DEFAULT-VALUE}).")
    String solver;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OutputFormat.parse(format);
        Season chosenSeason = season == null ? Season.comingVegetation(LocalDate.now()) : Season.parse(season);
        TimeAxis axis = TimeAxis.of(StepKind.parse(step), chosenSeason);
        SolverKind solverKind = SolverKind.parse(solver);
        Basin loaded = basin.load();
        Optional<Hydrology> chosenHydrology = hydrology(loaded, chosenSeason);
        Network network = loaded.prepareWith(chosenHydrology, scenarios);
        SimulationResult result;
        try (ProgressBars.Bar bar = ProgressBars.start("plan " + chosenSeason.label())) {
            result = Simulation.run(network, axis, solverKind, bar);
        }
        RunDescription run = new RunDescription(loaded.name(), basin.label(), chosenSeason.label(),
                chosenHydrology.map(Hydrology::name).orElse("basin series"), List.copyOf(scenarios), axis.kind().name().toLowerCase(),
                result.statistics());
        PlanSummary summary = PlanSummary.of(result, run);
        if (out.isPresent()) {
            PlanFiles.write(out.get(), result, summary);
        }
        print(outputFormat, result, summary, spec.commandLine().getOut());
        return 0;
    }

    private Optional<Hydrology> hydrology(Basin loaded, Season chosenSeason) {
        if (hydrology == null) {
            return Optional.ofNullable(loaded.hydrologies().get("normal"));
        }
        if (hydrology.matches("\\d{4}")) {
            return Optional.of(RecordedYear.of(loaded.network(), Integer.parseInt(hydrology), chosenSeason.start().getYear()));
        }
        return Optional.of(loaded.hydrology(hydrology));
    }

    private static void print(OutputFormat format, SimulationResult result, PlanSummary summary, PrintWriter out) {
        switch (format) {
            case TABLE -> PlanTable.print(summary, out);
            case JSON -> out.println(PlanFiles.summaryJson(summary));
            case CSV -> out.print(PlanFiles.allocationCsv(result));
        }
        out.flush();
    }

    enum OutputFormat {
        TABLE, JSON, CSV;

        static OutputFormat parse(String text) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(text)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + text + "', expected table, json or csv");
        }
    }
}
