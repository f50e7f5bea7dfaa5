package org.riparian.engine.allocation;

import org.riparian.engine.lp.LinearSolver;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;
import org.riparian.model.time.Step;

/** Writes one step's numbers into the LP: only bounds change between steps, never the matrix. */
final class StepBounds {

    private static final double INF = Double.POSITIVE_INFINITY;

    private StepBounds() {
    }

    static void apply(LinearSolver lp, LpLayout layout, RunInputs inputs, Step step, RunState state) {
        for (int l = 0; l < layout.links.size(); l++) {
            Link link = layout.links.get(l);
            double capacity = link.capacityM3s().map(c -> RunInputs.capacityHm3(c, step)).orElse(INF);
            lp.setColumnBounds(layout.flowColumn[l], 0, capacity);
        }
        for (int n = 0; n < layout.nodes.size(); n++) {
            applyNode(lp, layout, inputs, step, state, n);
        }
        applyRequirements(lp, layout, inputs, step, state);
        applyLimits(lp, layout, inputs, step, state);
    }

    private static void applyNode(LinearSolver lp, LpLayout layout, RunInputs inputs, Step step, RunState state, int n) {
        Node node = layout.nodes.get(n);
        double returns = state.pendingReturnHm3(n);
        int t = step.index();
        if (node instanceof Inflow) {
            double volume = inputs.nodeSeriesHm3()[n][t] + returns;
            lp.setRowBounds(layout.balanceRow[n], volume, volume);
        } else if (node instanceof Demand) {
            double need = inputs.nodeSeriesHm3()[n][t];
            lp.setRowBounds(layout.balanceRow[n], need, need);
            lp.setColumnBounds(layout.shortageColumn[n], 0, need);
        } else if (node instanceof Reservoir reservoir) {
            applyReservoir(lp, layout, inputs, step, state, n, reservoir);
        } else if (node instanceof Canal canal) {
            double kept = (1 - canal.lossFraction()) * returns;
            lp.setRowBounds(layout.balanceRow[n], -kept, -kept);
            lp.setRowBounds(layout.capacityRow[n], -INF, RunInputs.capacityHm3(canal.capacityM3s(), step));
        } else if (!(node instanceof Terminal)) {
            lp.setRowBounds(layout.balanceRow[n], -returns, -returns);
        }
    }

    private static void applyReservoir(LinearSolver lp, LpLayout layout, RunInputs inputs, Step step, RunState state, int n,
            Reservoir reservoir) {
        double start = state.storageHm3(n);
        double evaporation = evaporationHm3(reservoir, start, inputs.evaporationMm()[n][step.index()]);
        double right = start - evaporation + state.pendingReturnHm3(n);
        lp.setRowBounds(layout.balanceRow[n], right, right);
        double maxRelease = reservoir.maxReleaseM3s().map(q -> RunInputs.capacityHm3(q, step)).orElse(INF);
        lp.setColumnBounds(layout.releaseColumn[n], 0, maxRelease);
        if (layout.targetRow[n] != LpLayout.NONE) {
            double target = reservoir.targetStorageHm3().get().month(step.start().getMonthValue());
            lp.setRowBounds(layout.targetRow[n], Math.min(target, reservoir.fullStorageHm3()), INF);
        }
    }

    /**
     * Evaporation from the area at the start-of-step storage, never more than the water above dead storage: below it
     * the reservoir cannot release, so the loss would only make the step infeasible.
     */
    static double evaporationHm3(Reservoir reservoir, double startStorageHm3, double depthMm) {
        double potential = reservoir.curve().areaKm2(startStorageHm3) * depthMm / 1000.0;
        return Math.min(potential, Math.max(0, startStorageHm3 - reservoir.deadStorageHm3()));
    }

    private static void applyRequirements(LinearSolver lp, LpLayout layout, RunInputs inputs, Step step, RunState state) {
        for (int r = 0; r < layout.requirements.size(); r++) {
            Requirement requirement = layout.requirements.get(r);
            double target = inputs.requirementHm3()[r][step.index()];
            if (requirement.intoTerminal()) {
                target -= state.pendingReturnHm3(layout.node(requirement.node()));
            }
            lp.setRowBounds(layout.requirementRow[r], Math.max(0, target), INF);
        }
    }

    private static void applyLimits(LinearSolver lp, LpLayout layout, RunInputs inputs, Step step, RunState state) {
        for (int k = 0; k < layout.limits.size(); k++) {
            WithdrawalLimit limit = layout.limits.get(k);
            double bound = INF;
            if (inputs.limitPerStepHm3()[k] != null) {
                bound = inputs.limitPerStepHm3()[k][step.index()];
            }
            if (limit.seasonTotalHm3().isPresent()) {
                bound = Math.min(bound, Math.max(0, limit.seasonTotalHm3().get() - state.limitUsedHm3(k)));
            }
            lp.setRowBounds(layout.limitRow[k], -INF, bound);
        }
    }
}
