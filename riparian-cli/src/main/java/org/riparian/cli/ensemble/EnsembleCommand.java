package org.riparian.cli.ensemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.ensemble.EnsembleReport;
import org.riparian.analysis.ensemble.EnsembleRun;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.ProgressBars;
import org.riparian.cli.ReportFormat;
import org.riparian.cli.RunChoice;
import org.riparian.cli.SolverChoice;
import org.riparian.model.time.Season;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian ensemble}: the basin run over many generated inflow traces, with shortage and inflow statistics. */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = "Run the basin over generated inflow traces (every inflow with a climatology is sampled) and "
                + "report per demand and country the reliability, resilience and vulnerability, and the distribution of "
                + "terminal inflows and energy. Traces start at the season's start and run --years years; inflows without a "
                + "climatology keep their own series.")
public final class EnsembleCommand implements Callable<Integer> {

    @Mixin
    RunChoice choice;

    @Option(names = "--traces", paramLabel = "N", defaultValue = "1000", description = "Number of traces (default: ${DEFAULT-VALUE}).")
    int traces;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "1", description = "Years per trace (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed; the same seed gives the same ensemble (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "K", description = "Threads (default: all cores).")
    Optional<Integer> threads = Optional.empty();

    // 0.6: GRDC Syr Darya gauges (Kara Darya, Chirchik, Arys) correlate 0.5 to 0.7 in standardised log monthly flow.
    @Option(names = "--site-correlation", paramLabel = "R", defaultValue = "0.6",
            description = "Correlation between the same month's flows at any two inflows (default: ${DEFAULT-VALUE}).")
    double siteCorrelation;

    @Mixin
    SolverChoice solver;

    @Option(names = "--out", paramLabel = "DIR", description = "Write ensemble.json, demands.csv, countries.csv and distributions.csv here.")
    Optional<Path> out = Optional.empty();

    @Mixin
    ReportFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = format.json();
        if (traces < 1 || years < 1) {
            throw new IllegalArgumentException("--traces and --years must be at least 1, got " + traces + " and " + years);
        }
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threadCount);
        }
        EnsembleRun request = new EnsembleRun(traces, years, seed, siteCorrelation, solver.kind());
        PreparedRun run = choice.prepare(Season.hydrologicalYear(Season.comingVegetation(LocalDate.now()).start().getYear() - 1));
        EnsembleReport report;
        try (ProgressBars.Bar bar = ProgressBars.start("traces")) {
            report = request.run(run, threadCount, bar);
        }
        out.ifPresent(directory -> EnsembleFiles.write(directory, report));
        if (json) {
            spec.commandLine().getOut().println(EnsembleFiles.json(report));
        } else {
            EnsembleTable.print(report, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
