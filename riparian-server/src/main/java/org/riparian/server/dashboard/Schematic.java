package org.riparian.server.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;

/**
 * A schematic layout from the topology alone (basin files carry no coordinates): water flows left to right, a node's
 * column is the longest chain of links from a headwater to it, and within a column nodes are ordered by the mean row
 * of what flows into them, so a river stays on one line as far as it can. Each sub-basin gets its own band of rows.
 */
public final class Schematic {

    /** Where a node is drawn: column and row from the top left, in node spacings. */
    public record Position(int column, double row) {
    }

    private Schematic() {
    }

    public static Map<String, Position> of(Network network) {
        Map<String, List<Node>> byBasin = new LinkedHashMap<>();
        network.nodes().forEach(node -> byBasin.computeIfAbsent(node.place().basin(), b -> new ArrayList<>()).add(node));
        Map<String, Position> positions = new LinkedHashMap<>();
        double top = 0;
        for (List<Node> nodes : byBasin.values()) {
            top = band(network, nodes, top, positions) + 1;
        }
        return positions;
    }

    /** Lays out one sub-basin from row {@code top}; returns the last row used. */
    private static double band(Network network, List<Node> nodes, double top, Map<String, Position> positions) {
        Map<String, Integer> columns = columns(network, nodes);
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Double> rows = new HashMap<>();
        double bottom = top;
        for (int column = 0; column <= width; column++) {
            int c = column;
            List<Node> inColumn = new ArrayList<>(nodes.stream().filter(n -> columns.get(n.id()) == c).toList());
            inColumn.sort(Comparator.comparingDouble(n -> meanUpstreamRow(network, n, rows)));
            double next = top;
            for (Node node : inColumn) {
                double wanted = Math.max(next, meanUpstreamRow(network, node, rows));
                double row = Double.isInfinite(wanted) ? next : wanted;
                rows.put(node.id(), row);
                positions.put(node.id(), new Position(c, row));
                next = row + 1;
                bottom = Math.max(bottom, row);
            }
        }
        return bottom;
    }

    private static double meanUpstreamRow(Network network, Node node, Map<String, Double> rows) {
        return network.linksTo(node.id()).stream().map(Link::from).filter(rows::containsKey).mapToDouble(rows::get).average()
                .orElse(Double.NEGATIVE_INFINITY);
    }

    /** Longest path from a node without inflowing links; the network is acyclic (the model refuses cycles). */
    private static Map<String, Integer> columns(Network network, List<Node> nodes) {
        Map<String, Integer> columns = new HashMap<>();
        nodes.forEach(node -> column(network, node.id(), columns));
        return columns;
    }

    private static int column(Network network, String id, Map<String, Integer> columns) {
        Integer known = columns.get(id);
        if (known != null) {
            return known;
        }
        int column = network.linksTo(id).stream().mapToInt(link -> column(network, link.from(), columns) + 1).max().orElse(0);
        columns.put(id, column);
        return column;
    }
}
