package org.riparian.engine.simulation;

import java.util.List;
import org.riparian.engine.allocation.AllocationLp;
import org.riparian.engine.allocation.RunState;
import org.riparian.engine.allocation.StepOutcome;
import org.riparian.engine.hydropower.Generation;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/** Simulation mode: one allocation LP per step, reservoir storage and return flows carried from step to step. */
public final class Simulation {

    private Simulation() {
    }

    public static SimulationResult run(Network network, TimeAxis axis) {
        return run(network, axis, SolverKind.GLOP, Progress.NONE);
    }

    public static SimulationResult run(Network network, TimeAxis axis, SolverKind solver, Progress progress) {
        long start = System.nanoTime();
        try (AllocationLp lp = new AllocationLp(network, axis, solver)) {
            long built = System.nanoTime();
            Recorder recorder = new Recorder(network, axis, lp.requirements().size());
            RunState state = lp.initialState();
            for (Step step : axis.steps()) {
                StepOutcome outcome = lp.solve(step, state);
                recorder.record(step, outcome);
                progress.stepDone(step.index() + 1, axis.size());
            }
            long end = System.nanoTime();
            RunStatistics statistics = new RunStatistics(solver.name(), axis.size(), lp.solveCount(), end - start,
                    lp.solverNanos(), built - start);
            return recorder.result(lp.requirements(), statistics);
        }
    }

    /** Energy of every plant in every step of a finished run, GWh. */
    static double[][] energyGwh(Network network, TimeAxis axis, double[][] intakeHm3, double[][] storageStartHm3,
            double[][] storageEndHm3) {
        List<Node> nodes = network.nodes();
        double[][] energy = new double[axis.size()][nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            if (!(nodes.get(n) instanceof Hydropower plant)) {
                continue;
            }
            int reservoirIndex = plant.reservoir().map(id -> indexOf(nodes, id)).orElse(-1);
            Reservoir reservoir = reservoirIndex >= 0 && nodes.get(reservoirIndex) instanceof Reservoir r ? r : null;
            if (reservoir == null && plant.headM().isEmpty()) {
                continue;
            }
            for (Step step : axis.steps()) {
                int t = step.index();
                double meanStorage = reservoir == null ? 0
                        : (storageStartHm3[t][reservoirIndex] + storageEndHm3[t][reservoirIndex]) / 2;
                energy[t][n] = Generation.energyGwh(plant, intakeHm3[t][n], step.days(), reservoir, meanStorage);
            }
        }
        return energy;
    }

    private static int indexOf(List<Node> nodes, String id) {
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n).id().equals(id)) {
                return n;
            }
        }
        return -1;
    }
}
