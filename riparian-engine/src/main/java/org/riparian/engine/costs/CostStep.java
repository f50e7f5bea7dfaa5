package org.riparian.engine.costs;

import java.util.Arrays;

/**
 * What changes between steps of a cost-mode run: each node's minimum and maximum flow and cost, each storage's
 * available and missing volume (as flow over the step), each aggregated constraint's bounds. Flows are in the
 * caller's unit per step; the LP does not convert. Defaults: flows 0..∞, cost 0, constraints unbounded.
 */
public final class CostStep {

    final double[] minFlow;
    final double[] maxFlow;
    final double[] cost;
    final double[] constraintLower;
    final double[] constraintUpper;

    CostStep(CostNetwork network) {
        int n = network.nodeCount();
        minFlow = new double[n];
        maxFlow = new double[n];
        cost = new double[n];
        Arrays.fill(maxFlow, Double.POSITIVE_INFINITY);
        int c = network.constraints().size();
        constraintLower = new double[c];
        constraintUpper = new double[c];
        Arrays.fill(constraintLower, Double.NEGATIVE_INFINITY);
        Arrays.fill(constraintUpper, Double.POSITIVE_INFINITY);
    }

    public void flowBounds(int node, double min, double max) {
        minFlow[node] = min;
        maxFlow[node] = max;
    }

    /** A storage may release what is above its minimum and take what is missing to its maximum this step. */
    public void storageRoom(int node, double availableVolume, double missingVolume) {
        minFlow[node] = -Math.max(availableVolume, 0);
        maxFlow[node] = Math.max(missingVolume, 0);
    }

    /** The cost of a unit of flow through the node; for a storage, the value of a unit kept (negative: worth keeping). */
    public void cost(int node, double value) {
        cost[node] = value;
    }

    public void constraintBounds(int constraint, double lower, double upper) {
        constraintLower[constraint] = lower;
        constraintUpper[constraint] = upper;
    }
}
