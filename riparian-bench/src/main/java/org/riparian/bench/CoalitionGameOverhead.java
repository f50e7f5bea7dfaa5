package org.riparian.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.riparian.analysis.coalition.WaterGame;
import org.riparian.analysis.coalition.WaterGameResult;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * The figure issue 7 asks for: every coalition value of the five-country Aral game (KAZ, KGZ, TJK, TKM, UZB; 2⁵ − 1
 * coalitions, one hydrological year of decades) on 1 and 2 threads, beside 32 × the warm time of one season plan.
 * {@code CoalitionGameOverhead [runs]}; prints medians over the runs.
 */
public final class CoalitionGameOverhead {

    private static final List<String> PLAYERS = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB");

    private CoalitionGameOverhead() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Basin basin = AralBasin.load();
        Network network = basin.prepare(Optional.of("normal"), List.of());
        TimeAxis axis = TimeAxis.of(StepKind.DECADE, Season.hydrologicalYear(2026));
        PlanningOptions options = PlanningOptions.defaults().withSolver(SolverKind.CLP);
        double planMs = median(runs, () -> Planning.run(network, basin.economy(), axis, options, Progress.NONE).convergence().totalNanos() / 1e6);
        System.out.printf(Locale.ROOT, "one season plan (CLP, warm): %.0f ms; 32 plans: %.0f ms%n", planMs, 32 * planMs);
        System.out.printf(Locale.ROOT, "%-8s %10s %12s %14s %16s%n", "threads", "wall ms", "engine runs", "ms per run", "wall/(32 plans)");
        for (int threads = 1; threads <= 2; threads++) {
            int pool = threads;
            WaterGameResult[] last = new WaterGameResult[1];
            double wallMs = median(runs, () -> {
                last[0] = WaterGame.compute(network, basin.economy(), axis, options, PLAYERS, pool, Progress.NONE);
                return last[0].wallNanos() / 1e6;
            });
            System.out.printf(Locale.ROOT, "%-8d %10.0f %12d %14.0f %16.2f%n", threads, wallMs, last[0].engineRuns(),
                    wallMs / last[0].engineRuns(), wallMs / (32 * planMs));
        }
    }

    /** The median of {@code runs} measured calls, after one warm-up call. */
    private static double median(int runs, DoubleSupplier measured) {
        measured.getAsDouble();
        double[] times = new double[runs];
        for (int r = 0; r < runs; r++) {
            times[r] = measured.getAsDouble();
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
