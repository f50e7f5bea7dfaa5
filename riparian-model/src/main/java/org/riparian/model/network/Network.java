package org.riparian.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;

/**
 * An immutable basin network: nodes in file order, the links between them, and the agreements that bind them.
 * Construction checks the topology; the file reader reports the same problems with line numbers first.
 */
public record Network(List<Node> nodes, List<Link> links, List<Agreement> agreements) {

    public Network {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        agreements = List.copyOf(agreements);
        List<TopologyProblem> problems = check(nodes, links, agreements);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().map(TopologyProblem::toString).toList()));
        }
    }

    /** The topology problems the constructor would refuse, each pointing at its node, link or agreement; empty when sound. */
    public static List<TopologyProblem> check(List<Node> nodes, List<Link> links, List<Agreement> agreements) {
        return NetworkCheck.problems(nodes, links, agreements);
    }

    /**
     * The river basin an agreement is about: a withdrawal limit's and an energy delivery's own, else the basin of the
     * gauge, terminal or reservoir it names.
     */
    public String basinOf(Agreement agreement) {
        String node;
        if (agreement instanceof WithdrawalLimit limit) {
            return limit.basin();
        } else if (agreement instanceof EnergyDelivery delivery) {
            return delivery.basin();
        } else if (agreement instanceof MinimumFlow flow) {
            node = flow.gauge();
        } else if (agreement instanceof TerminalInflow inflow) {
            node = inflow.terminal();
        } else if (agreement instanceof ReleaseSchedule schedule) {
            node = schedule.reservoir();
        } else {
            node = ((StorageSchedule) agreement).reservoir();
        }
        return node(node).orElseThrow(() -> new IllegalArgumentException("agreement " + agreement.id() + " names node '" + node
                + "', which the network does not have")).place().basin();
    }

    public Map<String, Node> byId() {
        Map<String, Node> map = new LinkedHashMap<>();
        nodes.forEach(node -> map.put(node.id(), node));
        return Collections.unmodifiableMap(map);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    public <T extends Node> List<T> nodesOf(Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Node node : nodes) {
            if (kind.isInstance(node)) {
                found.add(kind.cast(node));
            }
        }
        return found;
    }

    public List<Link> linksFrom(String id) {
        return links.stream().filter(link -> link.from().equals(id)).toList();
    }

    public List<Link> linksTo(String id) {
        return links.stream().filter(link -> link.to().equals(id)).toList();
    }
}
