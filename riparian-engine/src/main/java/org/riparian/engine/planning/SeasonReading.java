package org.riparian.engine.planning;

import java.util.List;
import org.riparian.engine.allocation.EnergyColumns;
import org.riparian.engine.allocation.RunState;
import org.riparian.engine.allocation.SeasonLp;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.simulation.Recorder;
import org.riparian.engine.simulation.RunStatistics;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/** Turns a solved season LP into a {@link PlanningResult}, step by step as a simulation would record it. */
final class SeasonReading {

    private SeasonReading() {
    }

    static PlanningResult read(Network network, Economy economy, TimeAxis axis, SeasonLp season, String solverName,
            PlanningResult.Convergence convergence) {
        LinearSolver lp = season.solver();
        Recorder recorder = new Recorder(network, axis, season.requirements().size());
        RunState state = season.initialState();
        for (Step step : axis.steps()) {
            recorder.record(step, season.outcome(step, state));
        }
        RunStatistics statistics = new RunStatistics(solverName, axis.size(), convergence.iterations(),
                convergence.totalNanos(), convergence.solverNanos(), 0);
        SimulationResult allocation = recorder.result(season.requirements(), statistics, plantEnergy(network, axis, season));
        PlanningResult.EnergyBalance energy = energyBalance(axis, season.energy(), lp);
        return new PlanningResult(allocation, energy,
                Planning.benefits(network, economy, axis, allocation.intakeHm3(), energy, season.energy()), convergence,
                lp.objectiveValue());
    }

    private static double[][] plantEnergy(Network network, TimeAxis axis, SeasonLp season) {
        List<Node> nodes = network.nodes();
        double[][] energy = new double[axis.size()][nodes.size()];
        for (int t = 0; t < axis.size(); t++) {
            for (int n = 0; n < nodes.size(); n++) {
                energy[t][n] = season.energyPerHm3(t, n) * season.energy().turbinedHm3(season.solver(), t, n);
            }
        }
        return energy;
    }

    private static PlanningResult.EnergyBalance energyBalance(TimeAxis axis, EnergyColumns columns, LinearSolver lp) {
        List<String> countries = columns.countries();
        double[][] demand = new double[axis.size()][countries.size()];
        double[][] served = new double[axis.size()][countries.size()];
        double[][] surplus = new double[axis.size()][countries.size()];
        for (int t = 0; t < axis.size(); t++) {
            for (int c = 0; c < countries.size(); c++) {
                demand[t][c] = columns.demandGwh(t, c);
                served[t][c] = columns.servedGwh(lp, t, c);
                surplus[t][c] = columns.surplusGwh(lp, t, c);
            }
        }
        return new PlanningResult.EnergyBalance(countries, demand, served, surplus);
    }
}
