package org.riparian.bench;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.riparian.model.network.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The side-by-side harness: runs each case warm, prints ms per step, solver ms per step, solves per step and the
 * engine-overhead ratio (total engine time over time inside OR-Tools' solve calls), the Aral year's run time, and our
 * figures next to the published reference figures of DESIGN.md.
 */
@Command(name = "engine-overhead", mixinStandardHelpOptions = true,
        description = "Measures the simulation engine's time per step and its overhead over the LP solver.")
public final class EngineOverhead implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up runs per case, discarded (default ${DEFAULT-VALUE}).")
    int warmupRuns;

    @Option(names = "--runs", defaultValue = "10", description = "Measured runs per case (default ${DEFAULT-VALUE}).")
    int measuredRuns;

    @Option(names = "--case", split = ",", description = "Only cases whose name contains one of these (e.g. aral,synthetic-1000).")
    List<String> only = new ArrayList<>();

    @Option(names = "--out", description = "Write the results as JSON to this file and as CSV beside it (same name, .csv).")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EngineOverhead()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (warmupRuns < 0 || measuredRuns < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--warmup must be >= 0 and --runs >= 1");
        }
        OffsetDateTime started = OffsetDateTime.now();
        warmUpNativeLibrary();
        CaseRunner runner = new CaseRunner(warmupRuns, measuredRuns);
        List<CaseResult> results = new ArrayList<>();
        for (BenchCase benchCase : selected()) {
            System.err.printf("running %-32s (%d nodes, %d steps): %d warm-up + %d measured runs%n", benchCase.label(),
                    benchCase.nodes(), benchCase.axis().size(), warmupRuns, measuredRuns);
            results.add(runner.run(benchCase));
        }
        Report report = Report.of(started, warmupRuns, measuredRuns, results, runner.sink());
        report.print(System.out);
        if (out != null) {
            report.write(out);
            System.err.println("wrote " + out + " and " + Report.csvPath(out));
        }
        return 0;
    }

    private List<BenchCase> selected() {
        return Workloads.all().stream()
                .filter(c -> only.isEmpty() || only.stream().anyMatch(o -> c.name().contains(o)))
                .toList();
    }

    /** Loads OR-Tools' native library (about 0.4 s once per JVM) before any case, so no case pays for it. */
    private static void warmUpNativeLibrary() {
        Network tiny = Workloads.synthetic(4);
        org.riparian.engine.simulation.Simulation.run(tiny, Workloads.dailyYear());
    }
}
