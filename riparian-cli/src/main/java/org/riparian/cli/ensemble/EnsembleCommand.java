package org.riparian.cli.ensemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.ensemble.Ensemble;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.analysis.generator.InflowGenerator;
import org.riparian.cli.ProgressBars;
import org.riparian.cli.RunChoice;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.time.Season;
import org.riparian.model.time.TimeAxis;
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

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "auto", description = "glop, clp or auto (CLP) (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--out", paramLabel = "DIR", description = "Write ensemble.json, demands.csv, countries.csv and distributions.csv here.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = parseFormat();
        if (traces < 1 || years < 1) {
            throw new IllegalArgumentException("--traces and --years must be at least 1, got " + traces + " and " + years);
        }
        int threadCount = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threadCount);
        }
        RunChoice.Prepared run = choice.prepare(Season.hydrologicalYear(Season.comingVegetation(LocalDate.now()).start().getYear() - 1));
        TimeAxis axis = TimeAxis.of(run.axis().kind(), run.season().start(), run.season().start().plusYears(years));
        Ensemble ensemble = Ensemble.sampling(run.basin(), run.basinSource(), run.scenarios(), axis, siteCorrelation,
                SolverKind.parse(solver, SolverKind.CLP));
        InflowGenerator generator = ensemble.generator();
        long started = System.nanoTime();
        EnsembleResult result;
        try (ProgressBars.Bar bar = ProgressBars.start("traces")) {
            result = ensemble.run(traces, seed, threadCount, bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        EnsembleReport report = EnsembleReport.of(description(run, axis, generator, threadCount, seconds), result,
                run.basin().network().byId());
        out.ifPresent(directory -> EnsembleFiles.write(directory, report));
        if (json) {
            spec.commandLine().getOut().println(EnsembleFiles.json(report));
        } else {
            EnsembleTable.print(report, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private boolean parseFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new IllegalArgumentException("unknown format '" + format + "', expected table or json");
        };
    }

    private Map<String, Object> description(RunChoice.Prepared run, TimeAxis axis, InflowGenerator generator, int threadCount,
            double seconds) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("basin", run.basinSource());
        description.put("start", axis.start().toString());
        description.put("years", years);
        description.put("step", axis.kind().name().toLowerCase(Locale.ROOT));
        description.put("scenarios", run.scenarios());
        description.put("traces", traces);
        description.put("seed", seed);
        description.put("sampled_inflows", generator.sites());
        description.put("site_correlation", siteCorrelation);
        description.put("cross_correlation_damping", generator.crossCorrelationDamping());
        description.put("threads", threadCount);
        description.put("wall_seconds", seconds);
        description.put("traces_per_second", traces / seconds);
        return description;
    }
}
