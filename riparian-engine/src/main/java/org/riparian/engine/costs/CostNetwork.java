package org.riparian.engine.costs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The immutable graph of a cost-mode run: nodes, directed edges (one LP column each), aggregated flow constraints and
 * mutually exclusive groups. Everything that changes with the step (bounds, costs, volumes) lives in {@link CostStep}.
 */
public final class CostNetwork {

    /** A directed edge between two node indices. */
    public record Edge(int from, int to) {
    }

    /** One node's flow times a coefficient, a term of an aggregated constraint. */
    public record NodeTerm(int node, double coefficient) {
    }

    /** {@code lower ≤ Σ coefficient × flow(node) ≤ upper}; bounds are set per step. */
    public record FlowConstraint(String name, List<NodeTerm> terms) {
        public FlowConstraint {
            terms = List.copyOf(terms);
        }
    }

    /** At most {@code maxActive} of these nodes may carry flow in a step (each needs a finite max flow). */
    public record ExclusiveGroup(String name, List<Integer> nodes, int maxActive) {
        public ExclusiveGroup {
            nodes = List.copyOf(nodes);
        }
    }

    private final List<String> names;
    private final List<CostNodeKind> kinds;
    private final List<Edge> edges;
    private final List<FlowConstraint> constraints;
    private final List<ExclusiveGroup> exclusiveGroups;
    private final Map<String, Integer> index;
    private final int[][] incoming;
    private final int[][] outgoing;

    private CostNetwork(Builder builder) {
        names = List.copyOf(builder.names);
        kinds = List.copyOf(builder.kinds);
        edges = List.copyOf(builder.edges);
        constraints = List.copyOf(builder.constraints);
        exclusiveGroups = List.copyOf(builder.exclusiveGroups);
        index = Map.copyOf(builder.index);
        incoming = new int[names.size()][];
        outgoing = new int[names.size()][];
        for (int n = 0; n < names.size(); n++) {
            int node = n;
            incoming[n] = edgesWhere(e -> e.to() == node);
            outgoing[n] = edgesWhere(e -> e.from() == node);
        }
    }

    private int[] edgesWhere(Predicate<Edge> test) {
        return IntStream.range(0, edges.size()).filter(e -> test.test(edges.get(e))).toArray();
    }

    /** The edges entering the node, by index; callers must not change the array. */
    int[] incoming(int node) {
        return incoming[node];
    }

    /** The edges leaving the node, by index; callers must not change the array. */
    int[] outgoing(int node) {
        return outgoing[node];
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return names.size();
    }

    public String name(int node) {
        return names.get(node);
    }

    public CostNodeKind kind(int node) {
        return kinds.get(node);
    }

    public int node(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no node named '" + name + "' in the cost network");
        }
        return i;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<FlowConstraint> constraints() {
        return constraints;
    }

    public List<ExclusiveGroup> exclusiveGroups() {
        return exclusiveGroups;
    }

    /** Collects nodes, edges and constraints; node names are unique. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<CostNodeKind> kinds = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<FlowConstraint> constraints = new ArrayList<>();
        private final List<ExclusiveGroup> exclusiveGroups = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        public int addNode(String name, CostNodeKind kind) {
            if (index.containsKey(name)) {
                throw new IllegalArgumentException("node '" + name + "' is defined twice");
            }
            index.put(name, names.size());
            names.add(name);
            kinds.add(kind);
            return names.size() - 1;
        }

        public int addEdge(int from, int to) {
            if (kinds.get(from) == CostNodeKind.OUTPUT || kinds.get(to) == CostNodeKind.INPUT) {
                throw new IllegalArgumentException("edge " + names.get(from) + "->" + names.get(to)
                        + " leaves an output or enters an input");
            }
            edges.add(new Edge(from, to));
            return edges.size() - 1;
        }

        public int addConstraint(String name, List<NodeTerm> terms) {
            constraints.add(new FlowConstraint(name, terms));
            return constraints.size() - 1;
        }

        public int addExclusiveGroup(String name, List<Integer> nodes, int maxActive) {
            exclusiveGroups.add(new ExclusiveGroup(name, nodes, maxActive));
            return exclusiveGroups.size() - 1;
        }

        public CostNetwork build() {
            return new CostNetwork(this);
        }
    }
}
