package org.riparian.model.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.riparian.model.DidYouMean;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.TopologyProblem.Part;

/** Topology rules of a network, each broken rule a readable sentence pointing at the node, link or agreement. */
final class NetworkCheck {

    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private final List<TopologyProblem> problems = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    private final Set<String> countries = new TreeSet<>();
    private final Set<String> basins = new TreeSet<>();

    private NetworkCheck() {
    }

    static List<TopologyProblem> problems(List<Node> nodes, List<Link> links, List<Agreement> agreements) {
        NetworkCheck check = new NetworkCheck();
        check.checkIds(nodes);
        check.checkLinks(links);
        check.checkReferences(nodes);
        check.checkAgreements(agreements);
        if (check.problems.isEmpty()) {
            findCycle(nodes, links).ifPresent(check.problems::add);
        }
        return List.copyOf(check.problems);
    }

    private void checkIds(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (byId.putIfAbsent(node.id(), node) != null) {
                add(Part.NODE, i, "id", "node " + node.id(), "id is used twice, expected each node id once");
            }
        }
    }

    private void checkLinks(List<Link> links) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String subject = "link " + link.name();
            Node from = known(Part.LINK, i, "from", subject, link.from());
            Node to = known(Part.LINK, i, "to", subject, link.to());
            if (!seen.add(link.name())) {
                add(Part.LINK, i, "to", subject, "link given twice, expected each link once");
            }
            if (to instanceof Inflow) {
                add(Part.LINK, i, "to", subject, "enters an inflow node, expected inflows to have no upstream links");
            }
            if (from instanceof Terminal || from instanceof Demand) {
                add(Part.LINK, i, "from", subject, "leaves a " + from.kind() + " node, expected terminals to keep"
                        + " their water and demands to return it through return_node");
            }
        }
    }

    /** The node named by a reference, or null after reporting it unknown. */
    private Node known(Part part, int index, String field, String subject, String id) {
        Node node = byId.get(id);
        if (node == null) {
            add(part, index, field, subject, "unknown node '" + id + "'" + DidYouMean.hint(id, byId.keySet())
                    + ", expected the id of a node");
        }
        return node;
    }

    private void checkReferences(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Demand demand && demand.returnNode().isPresent()) {
                checkReturn(i, demand);
            }
            if (nodes.get(i) instanceof Hydropower plant && plant.reservoir().isPresent()) {
                Node reservoir = known(Part.NODE, i, "reservoir", "hydropower " + plant.id(), plant.reservoir().get());
                if (reservoir != null && !(reservoir instanceof Reservoir)) {
                    add(Part.NODE, i, "reservoir", "hydropower " + plant.id(), "'" + reservoir.id() + "' is a "
                            + reservoir.kind() + " node, expected a reservoir");
                }
            }
        }
    }

    private void checkReturn(int index, Demand demand) {
        String subject = "demand " + demand.id();
        Node target = known(Part.NODE, index, "return_node", subject, demand.returnNode().get());
        if (target instanceof Inflow || target instanceof Demand) {
            add(Part.NODE, index, "return_node", subject, "'" + target.id() + "' is a " + target.kind()
                    + " node, expected a junction, gauge, reservoir, canal or terminal");
        }
    }

    private void checkAgreements(List<Agreement> agreements) {
        Set<String> ids = new HashSet<>();
        byId.values().forEach(node -> {
            countries.add(node.country());
            basins.add(node.place().basin());
        });
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            String subject = "agreement " + agreement.id();
            if (!ids.add(agreement.id())) {
                add(Part.AGREEMENT, i, "id", subject, "id is used twice, expected each agreement id once");
            }
            checkNodesOf(i, agreement);
            String partiesField = agreement instanceof WithdrawalLimit ? "country" : "parties";
            for (String party : agreement.parties()) {
                requireMember(i, partiesField, party, countries, "a country");
            }
        }
    }

    private void checkNodesOf(int i, Agreement agreement) {
        if (agreement instanceof MinimumFlow flow) {
            requireKind(i, "gauge", flow.gauge(), Junction.class, "a junction or gauge");
        } else if (agreement instanceof TerminalInflow inflow) {
            requireKind(i, "terminal", inflow.terminal(), Terminal.class, "a terminal");
            inflow.measuredAt().ifPresent(gauge -> requireKind(i, "measured_at", gauge, Junction.class, "a junction or gauge"));
        } else if (agreement instanceof WithdrawalLimit limit) {
            requireMember(i, "basin", limit.basin(), basins, "a basin");
            limit.measuredAt().forEach(canal -> requireKind(i, "measured_at", canal, Canal.class, "a canal"));
        } else if (agreement instanceof StorageSchedule schedule) {
            requireKind(i, "reservoir", schedule.reservoir(), Reservoir.class, "a reservoir");
        } else if (agreement instanceof ReleaseSchedule schedule) {
            requireKind(i, "reservoir", schedule.reservoir(), Reservoir.class, "a reservoir");
        } else if (agreement instanceof EnergyDelivery delivery) {
            requireMember(i, "from", delivery.fromCountry(), countries, "a country");
            requireMember(i, "to", delivery.toCountry(), countries, "a country");
            requireMember(i, "basin", delivery.basin(), basins, "a basin");
        }
    }

    /** A country or basin an agreement names must be one of the network's nodes. */
    private void requireMember(int index, String field, String name, Set<String> known, String what) {
        if (!known.contains(name)) {
            add(Part.AGREEMENT, index, field, "agreement", "unknown " + what.substring(2) + " '" + name + "'" + DidYouMean.hint(name, known)
                    + ", expected " + what + " of the network's nodes (" + String.join(", ", known) + ")");
        }
    }

    private void requireKind(int index, String field, String id, Class<? extends Node> kind, String expected) {
        Node node = known(Part.AGREEMENT, index, field, "agreement", id);
        if (node != null && !kind.isInstance(node)) {
            add(Part.AGREEMENT, index, field, "agreement", "'" + id + "' is a " + node.kind() + " node, expected " + expected);
        }
    }

    private void add(Part part, int index, String field, String subject, String message) {
        problems.add(new TopologyProblem(part, index, field, subject, message));
    }

    /**
     * Rivers run downhill: a cycle of links has no source, so it is refused (return flows are not links). Depth-first
     * with an explicit stack, so a chain of a hundred thousand nodes cannot overflow the call stack.
     */
    private static Optional<TopologyProblem> findCycle(List<Node> nodes, List<Link> links) {
        Map<String, List<Integer>> outgoing = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            outgoing.computeIfAbsent(links.get(i).from(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> state = new HashMap<>();
        for (Node node : nodes) {
            if (!state.containsKey(node.id())) {
                Optional<TopologyProblem> cycle = cycleFrom(node.id(), links, outgoing, state);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TopologyProblem> cycleFrom(String start, List<Link> links, Map<String, List<Integer>> outgoing,
            Map<String, Integer> state) {
        List<String> path = new ArrayList<>(List.of(start));
        List<Iterator<Integer>> pending = new ArrayList<>(List.of(outgoing.getOrDefault(start, List.of()).iterator()));
        state.put(start, ON_PATH);
        while (!path.isEmpty()) {
            Iterator<Integer> next = pending.get(pending.size() - 1);
            if (!next.hasNext()) {
                state.put(path.remove(path.size() - 1), DONE);
                pending.remove(pending.size() - 1);
                continue;
            }
            int link = next.next();
            String to = links.get(link).to();
            int seen = state.getOrDefault(to, 0);
            if (seen == ON_PATH) {
                return Optional.of(cycle(path.subList(path.indexOf(to), path.size()), to, link, links.get(link)));
            }
            if (seen == 0) {
                state.put(to, ON_PATH);
                path.add(to);
                pending.add(outgoing.getOrDefault(to, List.of()).iterator());
            }
        }
        return Optional.empty();
    }

    private static TopologyProblem cycle(List<String> loop, String closing, int linkIndex, Link link) {
        return new TopologyProblem(Part.LINK, linkIndex, "to", "link " + link.name(), "closes a cycle "
                + String.join(" -> ", loop) + " -> " + closing + ", expected links to run downstream only");
    }
}
