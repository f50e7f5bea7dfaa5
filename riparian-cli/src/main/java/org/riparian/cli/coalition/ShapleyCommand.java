package org.riparian.cli.coalition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.coalition.CoalitionReport;
import org.riparian.analysis.coalition.FairShares;
import org.riparian.analysis.coalition.WaterGame;
import org.riparian.analysis.coalition.WaterGameResult;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.ProgressBars;
import org.riparian.cli.ReportFormat;
import org.riparian.cli.RunChoice;
import org.riparian.cli.SolverChoice;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian shapley}: what each country brings to cooperation, and which split of the gain is stable. */
@Command(name = "shapley", mixinStandardHelpOptions = true,
        description = "Coalition values of the basin's countries (each an engine run, in parallel), their Shapley value "
                + "and nucleolus, whether each sharing rule is in the core, and the transfers that reach it.")
public final class ShapleyCommand implements Callable<Integer> {

    @Mixin
    RunChoice choice;

    @Option(names = "--players", paramLabel = "COUNTRY", split = ",",
            description = "The countries in the game, e.g. KAZ,KGZ,TJK,UZB (default: every country of the basin).")
    List<String> players = new ArrayList<>();

    @Option(names = "--propose", paramLabel = "COUNTRY=MUSD", split = ",",
            description = "A split to check, million US$ per player, e.g. KAZ=300,KGZ=600,...")
    Map<String, Double> proposed = new LinkedHashMap<>();

    @Option(names = "--robust", description = "Repeat the game for each named hydrology of the basin (e.g. dry, normal, wet).")
    boolean robust;

    @Option(names = "--threads", paramLabel = "N", description = "Coalitions run at once (default: the number of processors).")
    Optional<Integer> threads = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "Write coalitions.json, coalitions.csv and shares.csv here.")
    Optional<Path> out = Optional.empty();

    @Mixin
    ReportFormat format;

    @Mixin
    SolverChoice solver;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = format.json();
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threadCount);
        }
        PreparedRun run = choice.prepare(Season.hydrologicalYear(Season.comingVegetation(LocalDate.now()).start().getYear() - 1));
        PlanningOptions options = PlanningOptions.defaults().withSolver(solver.kind());
        WaterGameResult water = play(run.network(), run, options, threadCount, run.hydrology());
        FairShares shares = FairShares.of(water.game(), water.cooperativeMusd(), water.waterUseHm3(),
                proposed.isEmpty() ? Optional.empty() : Optional.of(proposed), SolverKind.GLOP);
        List<CoalitionReport.HydrologyRow> robustness = robust ? robustness(run, options, threadCount) : List.of();
        CoalitionReport report = CoalitionReport.of(run, water, shares, threadCount, robustness);
        out.ifPresent(directory -> CoalitionFiles.write(directory, report));
        if (json) {
            spec.commandLine().getOut().println(CoalitionFiles.json(report));
        } else {
            CoalitionTable.print(report, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private WaterGameResult play(Network network, PreparedRun run, PlanningOptions options, int threadCount, String hydrology) {
        try (ProgressBars.Bar bar = ProgressBars.start("coalitions, " + hydrology)) {
            // the coalitions report from several threads; the bar draws from one at a time
            Progress progress = (done, total) -> {
                synchronized (bar) {
                    bar.stepDone(done, total);
                }
            };
            return WaterGame.compute(network, run.basin().economy(), run.axis(), options, players, threadCount, progress);
        }
    }

    /** The same game under each named hydrology: how stable each country's share is in a dry year. */
    private List<CoalitionReport.HydrologyRow> robustness(PreparedRun run, PlanningOptions options, int threadCount) {
        List<CoalitionReport.HydrologyRow> rows = new ArrayList<>();
        for (String hydrology : run.basin().hydrologies().keySet()) {
            Network network = run.basin().prepareWith(Optional.of(run.basin().hydrology(hydrology)), run.scenarios());
            WaterGameResult water = play(network, run, options, threadCount, hydrology);
            FairShares shares = FairShares.of(water.game(), water.cooperativeMusd(), water.waterUseHm3(), Optional.empty(),
                    SolverKind.GLOP);
            rows.add(CoalitionReport.HydrologyRow.of(hydrology, water, shares));
        }
        return rows;
    }
}
