package org.riparian.model.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.TerminalInflow;

/** Topology rules of a network, each broken rule a readable sentence. */
final class NetworkCheck {

    private NetworkCheck() {
    }

    static List<String> problems(List<Node> nodes, List<Link> links, List<Agreement> agreements) {
        List<String> problems = new ArrayList<>();
        Map<String, Node> byId = new HashMap<>();
        for (Node node : nodes) {
            if (byId.put(node.id(), node) != null) {
                problems.add("node id '" + node.id() + "' is used twice");
            }
        }
        checkLinks(links, byId, problems);
        checkReferences(nodes, byId, problems);
        checkAgreements(agreements, byId, problems);
        if (problems.isEmpty()) {
            findCycle(nodes, links).ifPresent(problems::add);
        }
        return problems;
    }

    private static void checkLinks(List<Link> links, Map<String, Node> byId, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (Link link : links) {
            Node from = byId.get(link.from());
            Node to = byId.get(link.to());
            if (from == null) {
                problems.add("link " + link.name() + ": unknown node '" + link.from() + "'");
            }
            if (to == null) {
                problems.add("link " + link.name() + ": unknown node '" + link.to() + "'");
            }
            if (!seen.add(link.name())) {
                problems.add("link " + link.name() + " is given twice");
            }
            if (to instanceof Inflow) {
                problems.add("link " + link.name() + " enters an inflow node; inflows have no upstream links");
            }
            if (from instanceof Terminal || from instanceof Demand) {
                problems.add("link " + link.name() + " leaves a " + from.kind()
                        + " node; terminals keep their water and demands return it through return_node");
            }
        }
    }

    private static void checkReferences(List<Node> nodes, Map<String, Node> byId, List<String> problems) {
        for (Node node : nodes) {
            if (node instanceof Demand demand && demand.returnNode().isPresent()) {
                Node target = byId.get(demand.returnNode().get());
                if (target == null) {
                    problems.add("demand " + demand.id() + ": unknown return_node '" + demand.returnNode().get() + "'");
                } else if (target instanceof Inflow || target instanceof Demand) {
                    problems.add("demand " + demand.id() + ": return_node '" + target.id() + "' is a " + target.kind()
                            + " node; returns go to a junction, reservoir, canal or terminal");
                }
            }
            if (node instanceof Hydropower plant && plant.reservoir().isPresent()
                    && !(byId.get(plant.reservoir().get()) instanceof Reservoir)) {
                problems.add("hydropower " + plant.id() + ": reservoir '" + plant.reservoir().get() + "' is not a reservoir node");
            }
        }
    }

    private static void checkAgreements(List<Agreement> agreements, Map<String, Node> byId, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Agreement agreement : agreements) {
            if (!ids.add(agreement.id())) {
                problems.add("agreement id '" + agreement.id() + "' is used twice");
            }
            if (agreement instanceof MinimumFlow flow && !(byId.get(flow.gauge()) instanceof Junction)) {
                problems.add("agreement " + flow.id() + ": gauge '" + flow.gauge() + "' is not a junction or gauge node");
            }
            if (agreement instanceof TerminalInflow inflow && !(byId.get(inflow.terminal()) instanceof Terminal)) {
                problems.add("agreement " + inflow.id() + ": terminal '" + inflow.terminal() + "' is not a terminal node");
            }
        }
    }

    /** Rivers run downhill: a cycle of links has no source, so it is refused (return flows are not links). */
    private static java.util.Optional<String> findCycle(List<Node> nodes, List<Link> links) {
        Map<String, List<String>> downstream = new HashMap<>();
        for (Link link : links) {
            downstream.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
        }
        Map<String, Integer> state = new HashMap<>();
        for (Node node : nodes) {
            List<String> path = new ArrayList<>();
            if (visit(node.id(), downstream, state, path)) {
                return java.util.Optional.of("links form a cycle: " + String.join(" -> ", path));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean visit(String id, Map<String, List<String>> downstream, Map<String, Integer> state, List<String> path) {
        int seen = state.getOrDefault(id, 0);
        if (seen == 2) {
            return false;
        }
        path.add(id);
        if (seen == 1) {
            path.subList(0, path.indexOf(id)).clear();
            return true;
        }
        state.put(id, 1);
        for (String next : downstream.getOrDefault(id, List.of())) {
            if (visit(next, downstream, state, path)) {
                return true;
            }
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
        return false;
    }
}
