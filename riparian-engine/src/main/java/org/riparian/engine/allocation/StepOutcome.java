package org.riparian.engine.allocation;

import java.util.Arrays;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;
import org.riparian.model.time.Step;

/**
 * What one solved step did, in hm³: flows, storages, deliveries, deficits, losses, and the step's mass balance. The
 * arrays are overwritten by the next step; copy what you keep.
 */
public final class StepOutcome {

    private final LpLayout layout;
    private final LinearSolver lp;
    final double[] flowHm3;
    final double[] intakeHm3;
    final double[] storageStartHm3;
    final double[] storageEndHm3;
    final double[] releaseHm3;
    final double[] spillHm3;
    final double[] evaporationHm3;
    final double[] needHm3;
    final double[] shortageHm3;
    final double[] requirementTargetHm3;
    final double[] requirementDeficitHm3;
    final double[] nextReturnsHm3;
    private double[] evaporationUsedHm3;
    private double waterInHm3;
    private double waterOutHm3;
    private double lostHm3;
    private double residualHm3;
    private double largestFlowHm3;

    StepOutcome(LpLayout layout, LinearSolver lp) {
        this.layout = layout;
        this.lp = lp;
        int nodes = layout.nodes.size();
        flowHm3 = new double[layout.links.size()];
        intakeHm3 = new double[nodes];
        storageStartHm3 = new double[nodes];
        storageEndHm3 = new double[nodes];
        releaseHm3 = new double[nodes];
        spillHm3 = new double[nodes];
        evaporationHm3 = new double[nodes];
        needHm3 = new double[nodes];
        shortageHm3 = new double[nodes];
        nextReturnsHm3 = new double[nodes];
        requirementTargetHm3 = new double[layout.requirements.size()];
        requirementDeficitHm3 = new double[layout.requirements.size()];
    }

    double need(Tier tier, int member, RunInputs inputs, Step step) {
        int index = tier.members()[member];
        return tier.requirements() ? inputs.requirementHm3()[index][step.index()] : inputs.nodeSeriesHm3()[index][step.index()];
    }

    void read(Step step, RunState state, RunInputs inputs) {
        read(step, state, inputs, null);
    }

    /** Reads the step; a season LP passes the evaporation it used, fixed from its previous iteration's storages. */
    void read(Step step, RunState state, RunInputs inputs, double[] evaporationUsedHm3) {
        this.evaporationUsedHm3 = evaporationUsedHm3;
        for (int l = 0; l < flowHm3.length; l++) {
            flowHm3[l] = Math.max(0, lp.value(layout.flowColumn[l]));
        }
        Arrays.fill(nextReturnsHm3, 0);
        waterInHm3 = state.totalPendingReturnHm3();
        waterOutHm3 = 0;
        lostHm3 = 0;
        for (int n = 0; n < layout.nodes.size(); n++) {
            readNode(n, step, state, inputs);
        }
        for (int l = 0; l < flowHm3.length; l++) {
            lostHm3 += layout.links.get(l).lossFraction() * flowHm3[l];
        }
        for (int r = 0; r < requirementTargetHm3.length; r++) {
            requirementTargetHm3[r] = inputs.requirementHm3()[r][step.index()];
            requirementDeficitHm3[r] = Math.max(0, lp.value(layout.requirementDeficitColumn[r]));
        }
        closeBalance();
    }

    private void readNode(int n, Step step, RunState state, RunInputs inputs) {
        Node node = layout.nodes.get(n);
        intakeHm3[n] = state.pendingReturnHm3(n);
        for (Term term : layout.intake.get(n)) {
            intakeHm3[n] += term.coefficient() * flowHm3OfColumn(term.column());
        }
        storageStartHm3[n] = 0;
        storageEndHm3[n] = 0;
        evaporationHm3[n] = 0;
        releaseHm3[n] = 0;
        spillHm3[n] = 0;
        needHm3[n] = 0;
        shortageHm3[n] = 0;
        if (node instanceof Inflow) {
            waterInHm3 += inputs.nodeSeriesHm3()[n][step.index()];
        } else if (node instanceof Reservoir reservoir) {
            readReservoir(n, reservoir, step, state, inputs);
        } else if (node instanceof Demand demand) {
            readDemand(n, demand, step, inputs);
        } else if (node instanceof Canal canal) {
            lostHm3 += canal.lossFraction() * intakeHm3[n];
        } else if (node instanceof Terminal) {
            waterOutHm3 += intakeHm3[n];
        }
    }

    private double flowHm3OfColumn(int column) {
        return Math.max(0, lp.value(column));
    }

    private void readReservoir(int n, Reservoir reservoir, Step step, RunState state, RunInputs inputs) {
        storageStartHm3[n] = state.storageHm3(n);
        storageEndHm3[n] = lp.value(layout.storageColumn[n]);
        releaseHm3[n] = Math.max(0, lp.value(layout.releaseColumn[n]));
        spillHm3[n] = Math.max(0, lp.value(layout.spillColumn[n]));
        evaporationHm3[n] = evaporationUsedHm3 != null ? evaporationUsedHm3[n]
                : StepBounds.evaporationHm3(reservoir, storageStartHm3[n], inputs.evaporationMm()[n][step.index()]);
        waterInHm3 += storageStartHm3[n];
        waterOutHm3 += storageEndHm3[n] + evaporationHm3[n];
    }

    private void readDemand(int n, Demand demand, Step step, RunInputs inputs) {
        needHm3[n] = inputs.nodeSeriesHm3()[n][step.index()];
        shortageHm3[n] = Math.max(0, needHm3[n] - intakeHm3[n]);
        waterOutHm3 += demand.consumptiveFraction() * intakeHm3[n];
        if (demand.returnNode().isPresent() && demand.returnLagSteps() == 1) {
            double returned = (1 - demand.consumptiveFraction()) * intakeHm3[n];
            nextReturnsHm3[layout.node(demand.returnNode().get())] += returned;
            waterOutHm3 += returned;
        }
    }

    /** Water in (inflows, start storage, returns arriving) minus water out (end storage, evaporation, use, losses, terminals, returns leaving). */
    private void closeBalance() {
        residualHm3 = waterInHm3 - waterOutHm3 - lostHm3;
        largestFlowHm3 = 0;
        for (double flow : flowHm3) {
            largestFlowHm3 = Math.max(largestFlowHm3, flow);
        }
    }

    void advance(RunState state) {
        for (int n = 0; n < layout.nodes.size(); n++) {
            if (layout.nodes.get(n) instanceof Reservoir) {
                state.setStorageHm3(n, storageEndHm3[n]);
            }
        }
        for (int k = 0; k < layout.limits.size(); k++) {
            for (int n : layout.limitedDemands(layout.limits.get(k))) {
                state.addLimitUse(k, intakeHm3[n]);
            }
        }
        state.replacePendingReturns(nextReturnsHm3);
    }

    public double flowHm3(int link) {
        return flowHm3[link];
    }

    public Link link(int link) {
        return layout.links.get(link);
    }

    public double intakeHm3(int node) {
        return intakeHm3[node];
    }

    public double storageStartHm3(int node) {
        return storageStartHm3[node];
    }

    public double storageEndHm3(int node) {
        return storageEndHm3[node];
    }

    public double releaseHm3(int node) {
        return releaseHm3[node];
    }

    public double spillHm3(int node) {
        return spillHm3[node];
    }

    public double evaporationHm3(int node) {
        return evaporationHm3[node];
    }

    public double needHm3(int node) {
        return needHm3[node];
    }

    public double shortageHm3(int node) {
        return shortageHm3[node];
    }

    public double requirementTargetHm3(int requirement) {
        return requirementTargetHm3[requirement];
    }

    public double requirementDeficitHm3(int requirement) {
        return requirementDeficitHm3[requirement];
    }

    /** Water in minus water out over the step; zero up to the solver's tolerance. */
    public double massBalanceResidualHm3() {
        return residualHm3;
    }

    public double largestFlowHm3() {
        return largestFlowHm3;
    }
}
