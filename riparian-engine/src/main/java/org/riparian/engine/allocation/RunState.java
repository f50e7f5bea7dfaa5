package org.riparian.engine.allocation;

import java.util.Arrays;
import java.util.List;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;

/**
 * Everything a run changes, kept apart from the immutable network so many runs can share one network: reservoir
 * storage, return flows on their way to the next step, and what each country has withdrawn against a seasonal limit.
 */
public final class RunState {

    private final double[] storageHm3;
    private final double[] pendingReturnHm3;
    private final double[] limitUsedHm3;

    private RunState(double[] storageHm3, double[] pendingReturnHm3, double[] limitUsedHm3) {
        this.storageHm3 = storageHm3;
        this.pendingReturnHm3 = pendingReturnHm3;
        this.limitUsedHm3 = limitUsedHm3;
    }

    /** The state at the start of a run: reservoirs at their initial storage, nothing in transit, no limit used. */
    public static RunState initial(List<Node> nodes, int limitCount) {
        double[] storage = new double[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            storage[n] = nodes.get(n) instanceof Reservoir reservoir ? reservoir.initialStorageHm3() : 0;
        }
        return new RunState(storage, new double[nodes.size()], new double[limitCount]);
    }

    public double storageHm3(int node) {
        return storageHm3[node];
    }

    public void setStorageHm3(int node, double value) {
        storageHm3[node] = value;
    }

    /** Return flow that reaches the node in the current step from deliveries of the previous step. */
    public double pendingReturnHm3(int node) {
        return pendingReturnHm3[node];
    }

    public void replacePendingReturns(double[] nextStepReturnsHm3) {
        System.arraycopy(nextStepReturnsHm3, 0, pendingReturnHm3, 0, pendingReturnHm3.length);
    }

    public double totalPendingReturnHm3() {
        return Arrays.stream(pendingReturnHm3).sum();
    }

    public double limitUsedHm3(int limit) {
        return limitUsedHm3[limit];
    }

    public void addLimitUse(int limit, double volumeHm3) {
        limitUsedHm3[limit] += volumeHm3;
    }
}
