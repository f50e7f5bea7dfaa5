package org.riparian.engine.costs;

/** The optimal edge flows of one step, with each node's inflow and outflow summed from them. */
public final class CostFlows {

    private final CostNetwork network;
    private final double[] edgeFlows;

    CostFlows(CostNetwork network, double[] edgeFlows) {
        this.network = network;
        this.edgeFlows = edgeFlows;
    }

    public double edge(int edge) {
        return edgeFlows[edge];
    }

    public double inflow(int node) {
        double sum = 0;
        for (int e = 0; e < edgeFlows.length; e++) {
            if (network.edges().get(e).to() == node) {
                sum += edgeFlows[e];
            }
        }
        return sum;
    }

    public double outflow(int node) {
        double sum = 0;
        for (int e = 0; e < edgeFlows.length; e++) {
            if (network.edges().get(e).from() == node) {
                sum += edgeFlows[e];
            }
        }
        return sum;
    }

    /** The flow the node's bounds apply to: an input's outflow, a link's or output's inflow, a storage's net gain. */
    public double flow(int node) {
        return switch (network.kind(node)) {
            case INPUT -> outflow(node);
            case STORAGE -> inflow(node) - outflow(node);
            default -> inflow(node);
        };
    }
}
