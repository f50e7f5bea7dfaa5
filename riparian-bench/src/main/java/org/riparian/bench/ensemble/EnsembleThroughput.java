package org.riparian.bench.ensemble;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.riparian.analysis.ensemble.Ensemble;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Traces per second of {@code riparian ensemble}'s runner on the shipped Aral basin: one-year decade traces from
 * 1 October 2026 (36 steps), CLP, site correlation 0.6, no scenario. Each thread count first runs a warm-up ensemble
 * (OR-Tools loaded, JIT warm) and is then timed over the same seed, so every row runs the same traces. The machine
 * is shared, so each count is timed {@code repeats} times and the best is kept: other load only ever slows a run.
 *
 * <p>Arguments: traces (default 1000), warm-up traces (default 20), thread counts (default 1,2), repeats (default 2).
 */
public final class EnsembleThroughput {

    /** The target of issue 6: 10,000 one-year decade traces in under 10 minutes on 2 cores. */
    static final int TARGET_TRACES = 10_000;

    private EnsembleThroughput() {
    }

    public static void main(String[] args) {
        int traces = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Integer> threadCounts = args.length > 2
                ? List.of(args[2].split(",")).stream().map(Integer::parseInt).toList() : List.of(1, 2);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        LocalDate start = LocalDate.of(2026, 10, 1);
        Ensemble ensemble = Ensemble.sampling(AralBasin.load(), "shipped Aral Sea basin", List.of(),
                TimeAxis.of(StepKind.DECADE, start, start.plusYears(1)), 0.6, SolverKind.CLP);
        printHeader(traces);
        double ratePerCoreOfFirstRow = 0;
        for (int threads : threadCounts) {
            ensemble.run(warmUp, 99, threads, Progress.NONE);
            double seconds = Double.POSITIVE_INFINITY;
            for (int r = 0; r < repeats; r++) {
                long started = System.nanoTime();
                ensemble.run(traces, 1, threads, Progress.NONE);
                seconds = Math.min(seconds, (System.nanoTime() - started) / 1e9);
            }
            double rate = traces / seconds;
            ratePerCoreOfFirstRow = ratePerCoreOfFirstRow == 0 ? rate / threads : ratePerCoreOfFirstRow;
            printRow("threads", threads, seconds, rate, ratePerCoreOfFirstRow);
        }
    }

    static void printHeader(int traces) {
        System.out.printf(Locale.ROOT, "%d one-year decade traces of the Aral basin, CLP; %d cores, load average %.1f%n",
                traces, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-8s %5s %10s %10s %9s %11s %14s%n", "runner", "cores", "seconds", "traces/s",
                "speed-up", "efficiency", "10,000 in min");
    }

    /** Speed-up and efficiency against the first row's rate per core. */
    static void printRow(String runner, int cores, double seconds, double rate, double firstRatePerCore) {
        double speedUp = rate / firstRatePerCore;
        System.out.printf(Locale.ROOT, "%-8s %5d %10.1f %10.2f %9.2f %10.0f%% %14.1f  (load average %.1f)%n", runner,
                cores, seconds, rate, speedUp, 100 * speedUp / cores, TARGET_TRACES / rate / 60,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
