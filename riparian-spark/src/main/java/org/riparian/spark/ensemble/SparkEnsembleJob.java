package org.riparian.spark.ensemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.riparian.spark.ensemble.SparkEnsembleJob riparian-spark-all.jar ...}: the options
 * of {@code riparian ensemble}, run on the cluster spark-submit names, written as ensemble.json on the driver.
 */
@Command(name = "riparian-spark-ensemble", mixinStandardHelpOptions = true,
        description = "Run the ensemble of `riparian ensemble` as a Spark job: traces partitioned across executors, "
                + "the same result as one machine for the same seed.")
public final class SparkEnsembleJob implements Callable<Integer> {

    @Option(names = "--basin", paramLabel = "FILE", description = "Basin file readable by every executor; default: the shipped Aral Sea basin.")
    Optional<Path> basin = Optional.empty();

    @Option(names = "--season", paramLabel = "SEASON", description = "The season whose start every trace starts at (default: the coming hydrological year).")
    Optional<String> season = Optional.empty();

    @Option(names = "--step", paramLabel = "STEP", defaultValue = "decade", description = "decade, month or day (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--scenario", paramLabel = "NAME", description = "A scenario of the basin; repeat to compose.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--traces", paramLabel = "N", defaultValue = "1000", description = "Number of traces (default: ${DEFAULT-VALUE}).")
    int traces;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "1", description = "Years per trace (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed; the same seed gives the same ensemble (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--site-correlation", paramLabel = "R", defaultValue = "0.6", description = "As for riparian ensemble (default: ${DEFAULT-VALUE}).")
    double siteCorrelation;

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "auto", description = "glop, clp or auto (CLP) (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--partitions", paramLabel = "P", description = "Partitions of the traces (default: Spark's default parallelism x 4).")
    Optional<Integer> partitions = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Write ensemble.json here, on the driver's file system.")
    Path out;

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new SparkEnsembleJob());
        command.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println("riparian-spark: " + failure.getMessage());
            return 2;
        });
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() {
        if (traces < 1) {
            throw new IllegalArgumentException("--traces must be at least 1, got " + traces);
        }
        EnsembleSpec spec = spec();
        // Built on the driver first, so an unknown scenario or a bad basin file is one clear error before any task
        // fails with it on every executor; in local mode the executors then reuse this very ensemble.
        ExecutorEnsembles.of(spec);
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("riparian-ensemble"))) {
            runOn(spark, spec);
        }
        return 0;
    }

    /** The ensemble on {@code spark}, written to --out; the time measured is the Spark job's alone. */
    Path runOn(JavaSparkContext spark, EnsembleSpec spec) {
        int partitionCount = partitions.orElse(4 * spark.defaultParallelism());
        long started = System.nanoTime();
        EnsembleResult result = SparkEnsemble.run(spark, spec, traces, seed, partitionCount);
        double seconds = (System.nanoTime() - started) / 1e9;
        SparkEnsembleReport.write(out, SparkEnsembleReport.Run.of(spec, traces, seed, partitionCount, spark.master(), seconds),
                result);
        Path written = out.resolve(SparkEnsembleReport.FILE);
        System.out.printf(Locale.ROOT, "%d traces in %.1f s (%.1f traces/s) on %s; wrote %s%n", traces, seconds,
                traces / seconds, spark.master(), written);
        return written;
    }

    EnsembleSpec spec() {
        LocalDate start = season.map(Season::parse).map(Season::start)
                .orElse(Season.hydrologicalYear(Season.comingVegetation(LocalDate.now()).start().getYear() - 1).start());
        return new EnsembleSpec(basin.map(Path::toString).orElse(EnsembleSpec.SHIPPED_ARAL), scenarios, start, years,
                StepKind.parse(step), siteCorrelation, SolverKind.parse(solver, SolverKind.CLP));
    }
}
