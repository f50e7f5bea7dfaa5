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
    private final double[] weightedCosts;
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
        this.weightedCosts = weightedCosts();
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

    /**
     * A tier is minimised only when the current solution shows it short: any solution feasible for the tiers already
     * held bounds its minimum, so a tier that is not short there cannot be short at all. After a short tier the
     * solution says nothing about the lower tiers. One that was short in the first, weighted, solve is then minimised
     * straight away; for any other a weighted solve comes first, as it usually shows that tier and all below it not
     * short. The weighted solve that settles storage and spill is made once, after the last tier is held.
     */
    private void solveTiers(Step step) {
        weightedSolve(step);
        double tolerance = tolerance(step);
        boolean[] shortAtFirst = new boolean[layout.tiers.size()];
        for (int t = 0; t < shortAtFirst.length; t++) {
            shortAtFirst[t] = tierShortage(layout.tiers.get(t)) > tolerance;
        }
        boolean weighted = true;
        for (int t = 0; t < shortAtFirst.length; t++) {
            Tier tier = layout.tiers.get(t);
            double shortage = tierShortage(tier);
            if (shortage > tolerance && !weighted && !shortAtFirst[t]) {
                weightedSolve(step);
                weighted = true;
                shortage = tierShortage(tier);
            }
            if (shortage > tolerance) {
                shortage = minimiseTier(step, tier);
                if (shortage > tolerance) {
                    equalise(step, tier, tolerance);
                }
                weighted = false;
            }
            lp.setRowBounds(tier.sumRow(), -INF, shortage + tolerance);
        }
        if (!weighted) {
            weightedSolve(step);
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

    /**
     * Tier weights, then target storage, storage reward and spill. The weights of tiers already held stay on: their
     * totals are pinned within tolerance of their minimum, and so every step ends with the costs the next one starts
     * with and its first solve warm-starts from a basis that is still dual feasible.
     */
    private double[] weightedCosts() {
        double[] costs = new double[lp.columnCount()];
        for (int t = 0; t < layout.tiers.size(); t++) {
            for (int column : layout.tiers.get(t).shortageColumns()) {
                costs[column] = tierWeight[t];
            }
        }
        for (int n = 0; n < layout.nodes.size(); n++) {
            if (layout.storageColumn[n] != LpLayout.NONE) {
                costs[layout.storageColumn[n]] = -STORAGE_REWARD;
                costs[layout.spillColumn[n]] = SPILL_PENALTY;
            }
            if (layout.targetDeficitColumn[n] != LpLayout.NONE) {
                costs[layout.targetDeficitColumn[n]] = TARGET_PENALTY;
            }
        }
        return costs;
    }

    /** Costs are written one by one, not cleared first, so a cost already in place makes no call into the solver. */
    private void weightedSolve(Step step) {
        for (int c = 0; c < weightedCosts.length; c++) {
            lp.setCost(c, weightedCosts[c]);
        }
        check(step);
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
