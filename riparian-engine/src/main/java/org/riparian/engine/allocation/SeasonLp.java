package org.riparian.engine.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import org.riparian.engine.hydropower.Generation;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * One LP over a whole season: a step layout per step (the same {@link LpLayout} simulation uses), joined by storage
 * continuity and next-step return flows, with an economic objective in million US$: the value of water delivered,
 * of hydropower serving each country's demand or sold abroad, penalties for missed requirements, for demands without
 * a value by priority, and for ending below the end-of-season storage target.
 *
 * <p>Energy is linear in the turbined volume for a given head; heads and evaporation come from a storage trajectory
 * supplied by the caller, who iterates (successive linear programming) until the trajectory stops changing.
 */
public final class SeasonLp implements AutoCloseable {

    private static final double INF = Double.POSITIVE_INFINITY;
    /** Weight of a missed requirement or an unvalued demand per hm³, million US$: far above any economic value. */
    private static final double PRIORITY_BASE = 10;
    private static final double END_STORAGE_PENALTY = 1;
    private static final double TARGET_PENALTY = 0.001;
    private static final double SPILL_PENALTY = 1e-4;

    private final LinearSolver lp;
    private final Network network;
    private final Economy economy;
    private final TimeAxis axis;
    private final RunInputs inputs;
    private final LpLayout[] layouts;
    private final EnergyColumns energy;
    private final double[] endTargetHm3;
    private final int[] endDeficitColumn;
    private final double[][] evaporationUsedHm3;
    private final double[][] energyPerHm3;
    private final Map<Integer, double[]> fixedEndHm3 = new HashMap<>();
    private final Map<Integer, double[]> floorHm3 = new HashMap<>();
    private double fixedSlackShare;

    public SeasonLp(Network network, Economy economy, TimeAxis axis, SolverKind solverKind, EndStorage endStorage) {
        this.network = network;
        this.economy = economy;
        this.axis = axis;
        this.inputs = RunInputs.of(network, axis, RunInputs.requirements(network));
        this.lp = solverKind.create();
        this.layouts = new LpLayout[axis.size()];
        for (Step step : axis.steps()) {
            layouts[step.index()] = new LpLayout(network, lp, "@" + step.label(), false);
        }
        List<Node> nodes = network.nodes();
        this.energy = new EnergyColumns(lp, network, economy, axis, layouts);
        this.endTargetHm3 = new double[nodes.size()];
        this.endDeficitColumn = new int[nodes.size()];
        this.evaporationUsedHm3 = new double[axis.size()][nodes.size()];
        this.energyPerHm3 = new double[axis.size()][nodes.size()];
        joinSteps();
        addSeasonLimits();
        addEndTargets(endStorage);
        setCosts(Set.of());
    }

    /** Storage continuity (this step starts where the last ended) and next-step return flows become LP terms. */
    private void joinSteps() {
        List<Node> nodes = network.nodes();
        for (int t = 1; t < layouts.length; t++) {
            LpLayout previous = layouts[t - 1];
            LpLayout current = layouts[t];
            for (int n = 0; n < nodes.size(); n++) {
                if (nodes.get(n) instanceof Reservoir) {
                    lp.addCoefficient(current.balanceRow[n], previous.storageColumn[n], -1);
                }
                if (nodes.get(n) instanceof Demand demand && demand.returnNode().isPresent() && demand.returnLagSteps() == 1) {
                    int target = current.node(demand.returnNode().get());
                    for (Term term : previous.intake.get(n)) {
                        current.addArrivingVolume(lp, target, term.column(), term.coefficient() * (1 - demand.consumptiveFraction()));
                    }
                }
            }
        }
    }

    private void addSeasonLimits() {
        List<WithdrawalLimit> limits = layouts[0].limits;
        for (int k = 0; k < limits.size(); k++) {
            WithdrawalLimit limit = limits.get(k);
            if (limit.seasonTotalHm3().isEmpty()) {
                continue;
            }
            int row = lp.addRow("season_limit[" + limit.id() + "]", -INF, limit.seasonTotalHm3().get());
            for (LpLayout layout : layouts) {
                for (int n : layout.limitedDemands(limit)) {
                    for (Term term : layout.intake.get(n)) {
                        lp.addCoefficient(row, term.column(), term.coefficient());
                    }
                }
            }
        }
    }

    private void addEndTargets(EndStorage endStorage) {
        List<Node> nodes = network.nodes();
        LpLayout last = layouts[layouts.length - 1];
        for (int n = 0; n < nodes.size(); n++) {
            endDeficitColumn[n] = LpLayout.NONE;
            if (nodes.get(n) instanceof Reservoir reservoir && endStorage == EndStorage.INITIAL) {
                endTargetHm3[n] = reservoir.initialStorageHm3();
                endDeficitColumn[n] = lp.addColumn("end_deficit[" + reservoir.id() + "]", 0, INF);
                int row = lp.addRow("end_storage[" + reservoir.id() + "]", endTargetHm3[n], INF);
                lp.addCoefficient(row, last.storageColumn[n], 1);
                lp.addCoefficient(row, endDeficitColumn[n], 1);
            }
        }
    }

    /**
     * Counts only the benefits of the given countries (all when empty): the view of a country that operates its
     * reservoirs for itself. Missed requirements and the end-of-season target are penalised whoever looks, since
     * agreements bind every party.
     */
    public void countOnly(Set<String> beneficiaries) {
        setCosts(beneficiaries);
    }

    /**
     * Holds a reservoir to a storage path decided elsewhere (by its owner acting alone), to within a share of its
     * live storage so the path stays feasible when evaporation is re-linearised.
     */
    public void fixStorage(String reservoirId, double[] endHm3, double slackShareOfLive) {
        fixedEndHm3.put(layouts[0].node(reservoirId), endHm3.clone());
        fixedSlackShare = slackShareOfLive;
    }

    /** A least end-of-step storage per step for a reservoir (0 where there is none), e.g. "filled by 31 May". */
    public void floorStorage(String reservoirId, double[] floorsHm3) {
        floorHm3.put(layouts[0].node(reservoirId), floorsHm3.clone());
    }

    private void setCosts(Set<String> beneficiaries) {
        List<Node> nodes = network.nodes();
        TreeMap<Integer, Double> priorityWeight = priorityWeights();
        double requirementWeight = PRIORITY_BASE * Math.pow(10, priorityWeight.size() + 1);
        for (LpLayout layout : layouts) {
            for (int n = 0; n < nodes.size(); n++) {
                if (nodes.get(n) instanceof Demand demand) {
                    Optional<Double> value = economy.waterValueUsdPerM3(demand.id());
                    boolean counted = beneficiaries.isEmpty() || beneficiaries.contains(demand.country());
                    lp.setCost(layout.shortageColumn[n], counted ? value.orElse(priorityWeight.get(demand.priority())) : 0);
                } else if (nodes.get(n) instanceof Reservoir) {
                    lp.setCost(layout.spillColumn[n], SPILL_PENALTY);
                    if (layout.targetDeficitColumn[n] != LpLayout.NONE) {
                        lp.setCost(layout.targetDeficitColumn[n], TARGET_PENALTY);
                    }
                }
            }
            for (int column : layout.requirementDeficitColumn) {
                lp.setCost(column, requirementWeight);
            }
        }
        for (int column : endDeficitColumn) {
            if (column != LpLayout.NONE) {
                lp.setCost(column, END_STORAGE_PENALTY);
            }
        }
        energy.setCosts(lp, beneficiaries);
    }

    /** Priority 1 weighs ten times priority 2 and so on; the lowest priority still outweighs any economic value. */
    private TreeMap<Integer, Double> priorityWeights() {
        TreeMap<Integer, Double> weights = new TreeMap<>();
        network.nodesOf(Demand.class).forEach(demand -> weights.put(demand.priority(), 0.0));
        int rank = weights.size();
        for (Integer priority : weights.keySet()) {
            weights.put(priority, PRIORITY_BASE * Math.pow(10, --rank));
        }
        return weights;
    }

    /**
     * Solves around a linearisation point: evaporation from its start storage, each plant's energy per hm³ from its
     * mean storage, plus the first-order effect of storage on head (so the LP sees that water kept raises the head),
     * and each reservoir's end storage held within the trust radius of the point.
     */
    public SolveStatus solve(Linearisation point) {
        List<Node> nodes = network.nodes();
        RunState state = RunState.initial(nodes, layouts[0].limits.size());
        for (Step step : axis.steps()) {
            int t = step.index();
            for (int n = 0; n < nodes.size(); n++) {
                if (nodes.get(n) instanceof Reservoir) {
                    state.setStorageHm3(n, point.startHm3()[t][n]);
                }
            }
            StepBounds.apply(lp, layouts[t], inputs, step, state);
            fixEvaporation(step, point.startHm3()[t]);
            fixTrustRegion(step, point);
            fixEnergy(step, point);
        }
        return lp.solve();
    }

    private void fixEvaporation(Step step, double[] startStorageHm3) {
        List<Node> nodes = network.nodes();
        int t = step.index();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Reservoir reservoir) {
                double evaporation = StepBounds.evaporationHm3(reservoir, startStorageHm3[n], inputs.evaporationMm()[n][t]);
                evaporationUsedHm3[t][n] = evaporation;
                double initial = t == 0 ? reservoir.initialStorageHm3() : 0;
                lp.setRowBounds(layouts[t].balanceRow[n], initial - evaporation, initial - evaporation);
            }
        }
    }

    private void fixTrustRegion(Step step, Linearisation point) {
        List<Node> nodes = network.nodes();
        int t = step.index();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Reservoir reservoir) {
                double radius = point.trustRadiusHm3()[n];
                double end = point.endHm3()[t][n];
                if (fixedEndHm3.containsKey(n)) {
                    end = fixedEndHm3.get(n)[t];
                    radius = fixedSlackShare * (reservoir.fullStorageHm3() - reservoir.deadStorageHm3());
                }
                double floor = floorHm3.containsKey(n) ? floorHm3.get(n)[t] : 0;
                double lower = Math.max(Math.max(reservoir.deadStorageHm3(), floor), end - radius);
                double upper = Math.max(Math.min(reservoir.fullStorageHm3(), end + radius), lower);
                lp.setColumnBounds(layouts[t].storageColumn[n], lower, upper);
            }
        }
    }

    private void fixEnergy(Step step, Linearisation point) {
        List<Node> nodes = network.nodes();
        int t = step.index();
        HeadSensitivity sensitivity = new HeadSensitivity();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Hydropower plant) {
                Reservoir reservoir = plant.reservoir().map(id -> network.byId().get(id))
                        .filter(Reservoir.class::isInstance).map(Reservoir.class::cast).orElse(null);
                int r = reservoir == null ? LpLayout.NONE : layouts[t].node(reservoir.id());
                double mean = reservoir == null ? 0 : point.meanHm3()[t][r];
                energyPerHm3[t][n] = reservoir == null && plant.headM().isEmpty() ? 0 : Generation.gwhPerHm3(plant, reservoir, mean);
                energy.setPlant(lp, step, n, plant, energyPerHm3[t][n]);
                if (reservoir != null && plant.headM().isEmpty()) {
                    double gwhPerHm3PerHm3 = point.turbinedHm3()[t][n] * Generation.gwhPerHm3PerStorageHm3(plant, reservoir, mean);
                    sensitivity.add(plant.country(), t, r, gwhPerHm3PerHm3, mean, reservoir.initialStorageHm3());
                }
            }
        }
        sensitivity.apply(lp, energy, layouts, t);
    }

    /** Storage at the end of a step in the last solve, hm³ (0 for a node that is not a reservoir). */
    public double storageEndHm3(int step, int node) {
        int column = layouts[step].storageColumn[node];
        return column == LpLayout.NONE ? 0 : lp.value(column);
    }

    /** Reads a step of the last solve, the state carrying storage and returns from the step before. */
    public StepOutcome outcome(Step step, RunState state) {
        StepOutcome outcome = new StepOutcome(layouts[step.index()], lp);
        outcome.read(step, state, inputs, evaporationUsedHm3[step.index()]);
        outcome.advance(state);
        return outcome;
    }

    public RunState initialState() {
        return RunState.initial(network.nodes(), layouts[0].limits.size());
    }

    public LinearSolver solver() {
        return lp;
    }

    public RunInputs inputs() {
        return inputs;
    }

    public EnergyColumns energy() {
        return energy;
    }

    public double[] evaporationUsedHm3(int step) {
        return evaporationUsedHm3[step];
    }

    public double energyPerHm3(int step, int node) {
        return energyPerHm3[step][node];
    }

    public double endDeficitHm3(int node) {
        return endDeficitColumn[node] == LpLayout.NONE ? 0 : lp.value(endDeficitColumn[node]);
    }

    public List<Requirement> requirements() {
        return layouts[0].requirements;
    }

    @Override
    public void close() {
        lp.close();
    }

    /** What the season's reservoirs must hold at its end. */
    public enum EndStorage {
        /** At least what they held at the start (softly): the season may not live off next season's water. */
        INITIAL,
        /** No requirement: a season may empty its reservoirs. */
        FREE
    }
}
