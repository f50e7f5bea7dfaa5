package org.riparian.spark.ensemble;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.riparian.analysis.ensemble.Ensemble;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.time.StepKind;

/**
 * Traces per second of the Spark job in local mode with 1, 2, ... executor cores, on the workload of riparian-bench's
 * EnsembleThroughput (shipped Aral basin, one-year decade traces from 1 October 2026, CLP, site correlation 0.6).
 * Each core count first times that single-machine runner on as many threads in this JVM, then Spark, so the pair of
 * rows sees about the same load from the rest of a shared machine. Spark gets its own context per core count, a
 * warm-up ensemble and then the timed one; every time is the best of {@code repeats}. Partitions are sixteen per core
 * so a slow partition does not leave a core idle at the end.
 *
 * <p>Arguments: traces (default 1000), warm-up traces (default 20), core counts (default 1,2), repeats (default 2).
 */
public final class SparkEnsembleThroughput {

    private static final int TARGET_TRACES = 10_000;

    private SparkEnsembleThroughput() {
    }

    public static void main(String[] args) {
        int traces = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Integer> coreCounts = args.length > 2
                ? List.of(args[2].split(",")).stream().map(Integer::parseInt).toList() : List.of(1, 2);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        EnsembleSpec spec = new EnsembleSpec(EnsembleSpec.SHIPPED_ARAL, List.of(), LocalDate.of(2026, 10, 1), 1,
                StepKind.DECADE, 0.6, SolverKind.CLP);
        System.out.printf(Locale.ROOT, "%d one-year decade traces of the Aral basin, CLP, Spark local mode; %d cores%n",
                traces, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-8s %5s %10s %10s %9s %11s %14s%n", "runner", "cores", "seconds", "traces/s",
                "speed-up", "efficiency", "10,000 in min");
        double[] ratePerCoreOfFirstRow = new double[2];
        for (int cores : coreCounts) {
            double threads = timedOnThreads(spec, traces, warmUp, cores, repeats);
            printRow("threads", cores, threads, traces, ratePerCoreOfFirstRow, 0);
            printRow("spark", cores, timed(spec, traces, warmUp, cores, repeats), traces, ratePerCoreOfFirstRow, 1);
        }
    }

    /** Speed-up and efficiency of a runner against its own first row's rate per core. */
    private static void printRow(String runner, int cores, double seconds, int traces, double[] ratePerCoreOfFirstRow,
            int which) {
        double rate = traces / seconds;
        ratePerCoreOfFirstRow[which] = ratePerCoreOfFirstRow[which] == 0 ? rate / cores : ratePerCoreOfFirstRow[which];
        double speedUp = rate / ratePerCoreOfFirstRow[which];
        System.out.printf(Locale.ROOT, "%-8s %5d %10.1f %10.2f %9.2f %10.0f%% %14.1f  (load average %.1f)%n", runner,
                cores, seconds, rate, speedUp, 100 * speedUp / cores, TARGET_TRACES / rate / 60,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The single-machine runner in the same JVM right before Spark, so both see about the same load from others. */
    private static double timedOnThreads(EnsembleSpec spec, int traces, int warmUp, int threads, int repeats) {
        Ensemble ensemble = spec.build();
        ensemble.run(warmUp, 99, threads, Progress.NONE);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long started = System.nanoTime();
            ensemble.run(traces, 1, threads, Progress.NONE);
            best = Math.min(best, (System.nanoTime() - started) / 1e9);
        }
        return best;
    }

    private static double timed(EnsembleSpec spec, int traces, int warmUp, int cores, int repeats) {
        SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("riparian-ensemble-throughput")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            SparkEnsemble.run(spark, spec, warmUp, 99, cores);
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < repeats; r++) {
                long started = System.nanoTime();
                SparkEnsemble.run(spark, spec, traces, 1, 16 * cores);
                best = Math.min(best, (System.nanoTime() - started) / 1e9);
            }
            return best;
        }
    }
}
