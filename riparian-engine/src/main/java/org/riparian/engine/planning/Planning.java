package org.riparian.engine.planning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riparian.engine.allocation.EnergyColumns;
import org.riparian.engine.allocation.InfeasibleSeasonException;
import org.riparian.engine.allocation.SeasonLp;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.TimeAxis;

/**
 * Planning mode: the whole season as one LP, re-solved with heads and evaporation from the last solution's storage
 * trajectory until no storage moves by more than the tolerance (successive linear programming).
 */
public final class Planning {

    private Planning() {
    }

    public static PlanningResult run(Network network, Economy economy, TimeAxis axis, PlanningOptions options, Progress progress) {
        long started = System.nanoTime();
        try (SeasonLp season = new SeasonLp(network, economy, axis, options.solver(), options.endStorage())) {
            season.countOnly(options.beneficiaries());
            options.fixedEndStorageHm3().forEach((id, path) -> season.fixStorage(id, path, options.tolerance()));
            options.storageFloorsHm3().forEach(season::floorStorage);
            Trajectory trajectory = Trajectory.flat(network, axis, options.fixedEndStorageHm3());
            int iteration = 0;
            double change = Double.POSITIVE_INFINITY;
            while (iteration < options.maxIterations() && change > options.tolerance()) {
                iteration++;
                SolveStatus status = season.solve(trajectory.point());
                if (status != SolveStatus.OPTIMAL) {
                    throw InfeasibleSeasonException.of(axis, status, season.solver());
                }
                change = trajectory.update(season);
                progress.stepDone(iteration, options.maxIterations());
            }
            LinearSolver lp = season.solver();
            PlanningResult.Convergence convergence = new PlanningResult.Convergence(iteration, change,
                    change <= options.tolerance(), lp.solveNanos(), System.nanoTime() - started);
            return SeasonReading.read(network, economy, axis, season, options.solver().name(), convergence);
        }
    }

    /** Countries' benefits from the allocation and energy already read. */
    static Map<String, PlanningResult.CountryBenefit> benefits(Network network, Economy economy, TimeAxis axis,
            double[][] deliveredHm3, PlanningResult.EnergyBalance energy, EnergyColumns columns) {
        Map<String, double[]> totals = new TreeMap<>();
        List<Node> nodes = network.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            double[] total = totals.computeIfAbsent(node.country(), c -> new double[2]);
            double value = economy.waterValueUsdPerM3(node.id()).orElse(0.0);
            if (node instanceof Demand) {
                for (int t = 0; t < axis.size(); t++) {
                    total[0] += value * deliveredHm3[t][n];
                }
            }
        }
        for (int c = 0; c < energy.countries().size(); c++) {
            double[] total = totals.computeIfAbsent(energy.countries().get(c), k -> new double[2]);
            for (int t = 0; t < axis.size(); t++) {
                int month = axis.step(t).start().getMonthValue();
                total[1] += energy.servedGwh()[t][c] * columns.energy(c).valueUsdPerMwh().month(month) / 1000
                        + energy.surplusGwh()[t][c] * columns.energy(c).exportUsdPerMwh() / 1000;
            }
        }
        Map<String, PlanningResult.CountryBenefit> benefits = new TreeMap<>();
        totals.forEach((country, total) -> benefits.put(country, new PlanningResult.CountryBenefit(country, total[0], total[1])));
        return benefits;
    }
}
