package org.riparian.engine.simulation;

import java.util.List;
import org.riparian.engine.allocation.Requirement;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.TimeAxis;

/**
 * Everything a simulation produced, per step: link flows and, per node, intake, storage, release, spill, evaporation,
 * need, shortage and energy; per requirement its target and deficit; the mass balance residual. Volumes hm³ per
 * step, energy GWh per step. Arrays are indexed [step][node], [step][link] or [step][requirement] in network order.
 */
public record SimulationResult(
        Network network,
        TimeAxis axis,
        List<Requirement> requirements,
        double[][] flowHm3,
        double[][] intakeHm3,
        double[][] storageStartHm3,
        double[][] storageEndHm3,
        double[][] releaseHm3,
        double[][] spillHm3,
        double[][] evaporationHm3,
        double[][] needHm3,
        double[][] shortageHm3,
        double[][] energyGwh,
        double[][] requirementTargetHm3,
        double[][] requirementDeficitHm3,
        double[] massBalanceResidualHm3,
        double[] largestFlowHm3,
        RunStatistics statistics) {

    public List<Node> nodes() {
        return network.nodes();
    }

    public List<Link> links() {
        return network.links();
    }

    public int nodeIndex(String id) {
        List<Node> nodes = network.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n).id().equals(id)) {
                return n;
            }
        }
        throw new IllegalArgumentException("no node '" + id + "' in this run");
    }

    public int linkIndex(String from, String to) {
        List<Link> links = network.links();
        for (int l = 0; l < links.size(); l++) {
            if (links.get(l).from().equals(from) && links.get(l).to().equals(to)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no link " + from + "->" + to + " in this run");
    }

    /** Delivered volume to a demand (its intake), hm³ per step. */
    public double deliveredHm3(int step, int node) {
        return intakeHm3[step][node];
    }

    /** Largest |residual| relative to the step's largest flow, over all steps. */
    public double worstRelativeImbalance() {
        double worst = 0;
        for (int t = 0; t < massBalanceResidualHm3.length; t++) {
            worst = Math.max(worst, Math.abs(massBalanceResidualHm3[t]) / Math.max(1, largestFlowHm3[t]));
        }
        return worst;
    }
}
