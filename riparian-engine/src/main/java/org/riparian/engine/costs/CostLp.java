package org.riparian.engine.costs;

import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.engine.lp.SolverKind;

/**
 * The single cost-minimising LP of a step: a column per edge, a row per node bounding its flow, a balance row per
 * link, a row per aggregated constraint, and for exclusive groups a binary per node with {@code flow ≤ max × on}.
 * Built once; each step only changes bounds and costs, so the simplex warm-starts.
 *
 * <p>An edge's cost is what leaving its source and entering its target cost: an input's or output's cost in full, half
 * a link's (it is passed on each side), and for a storage, entering earns its cost and leaving pays it back.
 */
public final class CostLp implements AutoCloseable {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final CostNetwork network;
    private final LinearSolver lp;
    private final int[] edgeColumn;
    private final int[] flowRow;
    private final int[] constraintRow;
    private final List<int[]> exclusiveColumns = new ArrayList<>();
    private final List<int[]> exclusiveRows = new ArrayList<>();
    private final List<double[]> exclusiveBigM = new ArrayList<>();

    public CostLp(CostNetwork network, SolverKind solver) {
        if (!network.exclusiveGroups().isEmpty() && !solver.mixedInteger()) {
            throw new IllegalArgumentException("mutually exclusive nodes (" + network.exclusiveGroups().get(0).name()
                    + ") need a mixed-integer solver such as cbc, not " + solver);
        }
        this.network = network;
        this.lp = solver.create();
        edgeColumn = new int[network.edges().size()];
        for (int e = 0; e < edgeColumn.length; e++) {
            CostNetwork.Edge edge = network.edges().get(e);
            edgeColumn[e] = lp.addColumn("flow[" + network.name(edge.from()) + "->" + network.name(edge.to()) + "]",
                    0, INF);
        }
        flowRow = new int[network.nodeCount()];
        for (int n = 0; n < flowRow.length; n++) {
            flowRow[n] = lp.addRow("flow[" + network.name(n) + "]", -INF, INF);
            addNodeFlow(flowRow[n], n, 1);
            if (network.kind(n) == CostNodeKind.LINK) {
                int balance = lp.addRow("balance[" + network.name(n) + "]", 0, 0);
                addEdges(balance, n, 1, -1);
            }
        }
        constraintRow = new int[network.constraints().size()];
        for (int c = 0; c < constraintRow.length; c++) {
            CostNetwork.FlowConstraint constraint = network.constraints().get(c);
            constraintRow[c] = lp.addRow(constraint.name(), -INF, INF);
            for (CostNetwork.NodeTerm term : constraint.terms()) {
                addNodeFlow(constraintRow[c], term.node(), term.coefficient());
            }
        }
        network.exclusiveGroups().forEach(this::addExclusiveGroup);
    }

    /** Fresh step values for this network, every node 0..∞ at no cost. */
    public CostStep newStep() {
        return new CostStep(network);
    }

    public CostNetwork network() {
        return network;
    }

    /** Solves one step; an infeasible step is an error naming the step's caller-given label. */
    public CostFlows solve(CostStep step, String label) {
        for (int n = 0; n < flowRow.length; n++) {
            lp.setRowBounds(flowRow[n], step.minFlow[n], step.maxFlow[n]);
        }
        for (int c = 0; c < constraintRow.length; c++) {
            lp.setRowBounds(constraintRow[c], step.constraintLower[c], step.constraintUpper[c]);
        }
        for (int e = 0; e < edgeColumn.length; e++) {
            CostNetwork.Edge edge = network.edges().get(e);
            lp.setCost(edgeColumn[e], outgoingCost(edge.from(), step) + incomingCost(edge.to(), step));
        }
        updateExclusiveLimits(step);
        SolveStatus status = lp.solve();
        if (status != SolveStatus.OPTIMAL) {
            throw new CostLpException("cost allocation at " + label + " is " + status.name().toLowerCase()
                    + " (" + network.nodeCount() + " nodes, " + edgeColumn.length + " edges)");
        }
        double[] flows = new double[edgeColumn.length];
        for (int e = 0; e < flows.length; e++) {
            flows[e] = lp.value(edgeColumn[e]);
        }
        return new CostFlows(network, flows);
    }

    private double outgoingCost(int node, CostStep step) {
        return switch (network.kind(node)) {
            case LINK -> step.cost[node] / 2;
            case STORAGE -> -step.cost[node];
            default -> step.cost[node];
        };
    }

    private double incomingCost(int node, CostStep step) {
        return network.kind(node) == CostNodeKind.LINK ? step.cost[node] / 2 : step.cost[node];
    }

    /** The flow a node's bounds apply to, times {@code sign}: see {@link CostNodeKind}. */
    private void addNodeFlow(int row, int node, double sign) {
        switch (network.kind(node)) {
            case INPUT -> addEdges(row, node, 0, sign);
            case STORAGE -> addEdges(row, node, sign, -sign);
            default -> addEdges(row, node, sign, 0);
        }
    }

    private void addEdges(int row, int node, double inCoefficient, double outCoefficient) {
        if (inCoefficient != 0) {
            for (int e : network.incoming(node)) {
                lp.addCoefficient(row, edgeColumn[e], inCoefficient);
            }
        }
        if (outCoefficient != 0) {
            for (int e : network.outgoing(node)) {
                lp.addCoefficient(row, edgeColumn[e], outCoefficient);
            }
        }
    }

    private void addExclusiveGroup(CostNetwork.ExclusiveGroup group) {
        int[] on = new int[group.nodes().size()];
        int[] rows = new int[on.length];
        int count = lp.addRow("exclusive[" + group.name() + "]", 0, group.maxActive());
        for (int i = 0; i < on.length; i++) {
            int node = group.nodes().get(i);
            on[i] = lp.addIntegerColumn("on[" + group.name() + "," + network.name(node) + "]", 0, 1);
            lp.setCoefficient(count, on[i], 1);
            rows[i] = lp.addRow("exclusive[" + group.name() + "," + network.name(node) + "]", -INF, 0);
            addNodeFlow(rows[i], node, 1);
        }
        exclusiveColumns.add(on);
        exclusiveRows.add(rows);
        exclusiveBigM.add(new double[on.length]);
    }

    /** {@code flow ≤ max × on}: the big M is the node's own max flow of the step, so it never cuts a feasible flow. */
    private void updateExclusiveLimits(CostStep step) {
        for (int g = 0; g < exclusiveColumns.size(); g++) {
            CostNetwork.ExclusiveGroup group = network.exclusiveGroups().get(g);
            for (int i = 0; i < group.nodes().size(); i++) {
                int node = group.nodes().get(i);
                double max = step.maxFlow[node];
                if (Double.isInfinite(max)) {
                    throw new CostLpException("node " + network.name(node) + " of exclusive group " + group.name()
                            + " needs a finite max flow");
                }
                if (exclusiveBigM.get(g)[i] != max) {
                    // a changed coefficient makes the backend re-extract the model, so only when the max changed
                    exclusiveBigM.get(g)[i] = max;
                    lp.setCoefficient(exclusiveRows.get(g)[i], exclusiveColumns.get(g)[i], -max);
                }
            }
        }
    }

    @Override
    public void close() {
        lp.close();
    }
}
