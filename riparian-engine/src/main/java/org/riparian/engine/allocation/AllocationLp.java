package org.riparian.engine.allocation;

import java.util.List;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * The allocation LP of one network, built once and re-solved step after step with new bounds (warm start).
 *
 * <p>Priorities are preemptive: after a first solve with tier weights, each tier that is short is minimised on its
 * own and its total is then held, so no amount of a lower priority's water is ever traded for a higher priority's
 * shortage, whatever the losses and return flows. Within a tier the remaining shortage is spread as an equal fraction
 * of need (the second pass WEAP and Ribasim make).
 */
public final class AllocationLp implements AutoCloseable {

    private static final double INF = Double.POSITIVE_INFINITY;
    /** Reward per hm³ kept in a reservoir at the end of a step: water not needed now is kept for later. */
    private static final double STORAGE_REWARD = 1;
    private static final double TARGET_PENALTY = 10;
    private static final double SPILL_PENALTY = 0.01;
    private static final double TIER_BASE = 100;
    private static final double TIER_RATIO = 10;

    private final LinearSolver lp;
    private final LpLayout layout;
    private final RunInputs inputs;
    private final StepOutcome outcome;
    private final double[] tierWeight;
    private final double[] fairnessNeed;
    private int solves;

    public AllocationLp(Network network, TimeAxis axis, SolverKind solverKind) {
        // inputs first: a series that does not cover the run is refused before a native solver exists to leak
        this.inputs = RunInputs.of(network, axis, RunInputs.requirements(network));
        this.lp = solverKind.create();
        this.layout = new LpLayout(network, lp);
        this.outcome = new StepOutcome(layout, lp);
        this.tierWeight = new double[layout.tiers.size()];
        for (int t = 0; t < tierWeight.length; t++) {
            tierWeight[t] = TIER_BASE * Math.pow(TIER_RATIO, tierWeight.length - 1 - t);
        }
        this.fairnessNeed = new double[lp.rowCount()];
    }

    public List<Node> nodes() {
        return layout.nodes;
    }

    public List<Link> links() {
        return layout.links;
    }

    public List<Requirement> requirements() {
        return layout.requirements;
    }

    public RunState initialState() {
        return RunState.initial(layout.nodes, layout.limits.size());
    }

    /** Solves one step from the state, leaving the state at the end of the step. */
    public StepOutcome solve(Step step, RunState state) {
        StepBounds.apply(lp, layout, inputs, step, state);
        solveTiers(step);
        outcome.read(step, state, inputs);
        outcome.advance(state);
        return outcome;
    }

    private void solveTiers(Step step) {
        setWeightedCosts(0);
        check(step);
        for (int t = 0; t < layout.tiers.size(); t++) {
            Tier tier = layout.tiers.get(t);
            double shortage = tierShortage(tier);
            double tolerance = tolerance(step);
            if (shortage > tolerance) {
                shortage = minimiseTier(step, tier);
                equalise(step, tier, tolerance);
            }
            lp.setRowBounds(tier.sumRow(), -INF, shortage + tolerance);
            if (shortage > tolerance) {
                setWeightedCosts(t + 1);
                check(step);
            }
        }
        for (Tier tier : layout.tiers) {
            lp.setRowBounds(tier.sumRow(), -INF, INF);
            lp.setColumnBounds(tier.fairnessColumn(), 0, INF);
            for (int row : tier.fairnessRows()) {
                lp.setRowBounds(row, -INF, INF);
            }
        }
    }

    private double minimiseTier(Step step, Tier tier) {
        clearCosts();
        for (int column : tier.shortageColumns()) {
            lp.setCost(column, 1);
        }
        check(step);
        return tierShortage(tier);
    }

    /** Minimises the largest shortage fraction of the tier while its total stays at the minimum just found. */
    private void equalise(Step step, Tier tier, double tolerance) {
        if (tier.members().length < 2) {
            return;
        }
        lp.setRowBounds(tier.sumRow(), -INF, tierShortage(tier) + tolerance);
        for (int m = 0; m < tier.members().length; m++) {
            lp.setRowBounds(tier.fairnessRows()[m], -INF, 0);
            double need = outcome.need(tier, m, inputs, step);
            if (need != fairnessNeed[tier.fairnessRows()[m]]) {
                lp.setCoefficient(tier.fairnessRows()[m], tier.fairnessColumn(), -need);
                fairnessNeed[tier.fairnessRows()[m]] = need;
            }
        }
        clearCosts();
        lp.setCost(tier.fairnessColumn(), 1);
        check(step);
        lp.setColumnBounds(tier.fairnessColumn(), 0, lp.value(tier.fairnessColumn()) + 1e-9);
    }

    private double tierShortage(Tier tier) {
        double sum = 0;
        for (int column : tier.shortageColumns()) {
            sum += lp.value(column);
        }
        return sum;
    }

    private static double tolerance(Step step) {
        return 1e-7 * Math.max(1, step.days());
    }

    private void clearCosts() {
        for (int c = 0; c < lp.columnCount(); c++) {
            lp.setCost(c, 0);
        }
    }

    /** Tier weights from {@code firstTier} down, then target storage, storage reward and spill. */
    private void setWeightedCosts(int firstTier) {
        clearCosts();
        for (int t = firstTier; t < layout.tiers.size(); t++) {
            for (int column : layout.tiers.get(t).shortageColumns()) {
                lp.setCost(column, tierWeight[t]);
            }
        }
        for (int n = 0; n < layout.nodes.size(); n++) {
            if (layout.storageColumn[n] != LpLayout.NONE) {
                lp.setCost(layout.storageColumn[n], -STORAGE_REWARD);
                lp.setCost(layout.spillColumn[n], SPILL_PENALTY);
            }
            if (layout.targetDeficitColumn[n] != LpLayout.NONE) {
                lp.setCost(layout.targetDeficitColumn[n], TARGET_PENALTY);
            }
        }
    }

    private void check(Step step) {
        solves++;
        SolveStatus status = lp.solve();
        if (status != SolveStatus.OPTIMAL) {
            throw InfeasibleStepException.diagnose(step, status, layout.network, inputs, lp);
        }
    }

    public int solveCount() {
        return solves;
    }

    public long solverNanos() {
        return lp.solveNanos();
    }

    public String toLpFormat() {
        return lp.toLpFormat();
    }

    @Override
    public void close() {
        lp.close();
    }
}
