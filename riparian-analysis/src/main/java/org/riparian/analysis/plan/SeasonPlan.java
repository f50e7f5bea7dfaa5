package org.riparian.analysis.plan;

import java.util.Locale;
import java.util.Optional;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;

/** The plan of a season: simulated step by step with priorities, or optimised as one LP with the basin's economics. */
public final class SeasonPlan {

    /** The engine's result and its summary. */
    public record Outcome(SimulationResult result, PlanSummary summary) {
    }

    /** How the plan is computed. */
    public enum Mode {
        SIMULATE, OPTIMISE;

        public static Mode parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "simulate" -> SIMULATE;
                case "optimise", "optimize" -> OPTIMISE;
                default -> throw new IllegalArgumentException("unknown mode '" + text + "', expected simulate or optimise");
            };
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** GLOP to simulate (many small warm-started LPs), CLP to optimise (one large LP). */
        public SolverKind defaultSolver() {
            return this == OPTIMISE ? SolverKind.CLP : SolverKind.GLOP;
        }
    }

    private SeasonPlan() {
    }

    public static EndStorage parseEndStorage(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "initial" -> EndStorage.INITIAL;
            case "free" -> EndStorage.FREE;
            default -> throw new IllegalArgumentException("unknown end storage rule '" + text + "', expected initial or free");
        };
    }

    public static Outcome run(PreparedRun run, Mode mode, SolverKind solver, EndStorage end, Progress progress) {
        SimulationResult result;
        Optional<Economics> economics = Optional.empty();
        if (mode == Mode.OPTIMISE) {
            PlanningOptions options = PlanningOptions.defaults().withSolver(solver).withEndStorage(end);
            PlanningResult planned = Planning.run(run.network(), run.basin().economy(), run.axis(), options, progress);
            result = planned.allocation();
            economics = Optional.of(Economics.of(planned));
        } else {
            result = Simulation.run(run.network(), run.axis(), solver, progress);
        }
        RunDescription description = new RunDescription(run.basin().name(), run.basinSource(), run.season().label(),
                run.hydrology(), run.scenarios(), run.axis().kind().name().toLowerCase(Locale.ROOT), mode.word(), result.statistics());
        return new Outcome(result, PlanSummary.of(result, description, economics));
    }
}
