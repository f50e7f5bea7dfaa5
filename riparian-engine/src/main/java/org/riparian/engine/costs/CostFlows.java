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
        return sum(network.incoming(node));
    }

    public double outflow(int node) {
        return sum(network.outgoing(node));
    }

    private double sum(int[] edges) {
        double sum = 0;
        for (int e : edges) {
            sum += edgeFlows[e];
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
