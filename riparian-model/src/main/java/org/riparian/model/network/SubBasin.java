package org.riparian.model.network;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;

/** The part of a network in one basin (the Syr Darya of the Aral model): its nodes, the links and agreements among them. */
public final class SubBasin {

    private SubBasin() {
    }

    public static Network of(Network network, String basin) {
        List<Node> nodes = network.nodes().stream().filter(node -> node.place().basin().equals(basin)).toList();
        if (nodes.isEmpty()) {
            Set<String> basins = network.nodes().stream().map(node -> node.place().basin()).collect(Collectors.toCollection(java.util.TreeSet::new));
            throw new IllegalArgumentException("no node is in basin '" + basin + "'; the basins are " + String.join(", ", basins));
        }
        Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
        List<Link> links = network.links().stream().filter(link -> ids.contains(link.from()) && ids.contains(link.to())).toList();
        List<Agreement> agreements = network.agreements().stream().filter(agreement -> within(agreement, basin, ids)).toList();
        return new Network(nodes, links, agreements);
    }

    private static boolean within(Agreement agreement, String basin, Set<String> ids) {
        if (agreement instanceof WithdrawalLimit limit) {
            return limit.basin().equals(basin);
        }
        if (agreement instanceof EnergyDelivery delivery) {
            return delivery.basin().equals(basin);
        }
        if (agreement instanceof MinimumFlow flow) {
            return ids.contains(flow.gauge());
        }
        return agreement instanceof TerminalInflow inflow && ids.contains(inflow.terminal());
    }
}
