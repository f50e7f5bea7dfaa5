package org.riparian.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * The season-plan figures issue 3 asks for, on the Aral year of 36 decades: wall time of a warm plan, SLP iterations,
 * solver time per LP solve (the final LP's solve is one of them), and the ratio of the plan's wall time to the time
 * inside the solver. Targets: one solve under 1 s, SLP under 10 iterations.
 */
public final class SeasonPlanOverhead {

    private SeasonPlanOverhead() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Basin basin = AralBasin.load();
        Network network = basin.prepare(Optional.of("normal"), List.of());
        TimeAxis axis = TimeAxis.of(StepKind.DECADE, Season.hydrologicalYear(2026));
        System.out.printf(Locale.ROOT, "%-5s %10s %10s %12s %14s %10s%n", "solver", "wall ms", "SLP iter", "solver ms",
                "ms per solve", "wall/solver");
        for (SolverKind kind : SolverKind.values()) {
            PlanningOptions options = PlanningOptions.defaults().withSolver(kind);
            Planning.run(network, basin.economy(), axis, options, Progress.NONE);
            double[] wall = new double[runs];
            PlanningResult last = null;
            for (int r = 0; r < runs; r++) {
                last = Planning.run(network, basin.economy(), axis, options, Progress.NONE);
                wall[r] = last.convergence().totalNanos() / 1e6;
            }
            Arrays.sort(wall);
            double solverMs = last.convergence().solverNanos() / 1e6;
            System.out.printf(Locale.ROOT, "%-5s %10.0f %10d %12.0f %14.0f %10.2f%n", kind, wall[runs / 2],
                    last.convergence().iterations(), solverMs, solverMs / last.convergence().iterations(), wall[runs / 2] / solverMs);
        }
    }
}
