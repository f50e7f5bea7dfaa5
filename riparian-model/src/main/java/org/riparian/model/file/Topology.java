package org.riparian.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.network.Ids;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Place;
import org.riparian.model.network.TopologyProblem;

/**
 * Runs the network's own topology check on what was read and reports each problem on the line of its link, node or
 * agreement. A node that failed to read stands in as a junction so that links to it still resolve; rules about its
 * kind would be guesses, so they are not reported.
 */
final class Topology {

    private static final Place STAND_IN = new Place("XXX", "unread");

    private final List<Field> nodeFields = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Field> linkFields = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Field> agreementFields = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();

    static void check(List<Read<Node>> nodes, List<Read<Link>> links, List<Read<Agreement>> agreements, NodeIndex index) {
        Topology topology = new Topology();
        for (Read<Node> node : nodes) {
            topology.addNode(node);
        }
        whole(links, topology.linkFields, topology.links);
        whole(agreements, topology.agreementFields, topology.agreements);
        for (TopologyProblem problem : Network.check(topology.nodes, topology.links, topology.agreements)) {
            topology.report(problem, index);
        }
    }

    private void addNode(Read<Node> node) {
        Optional<Node> present = node.value().or(() -> node.at().optional("id").flatMap(Field::scalarText)
                .filter(Ids::isValid)
                .map(id -> new Junction(id, STAND_IN, false, Optional.empty())));
        present.ifPresent(n -> {
            nodes.add(n);
            nodeFields.add(node.at());
        });
    }

    private static <T> void whole(List<Read<T>> reads, List<Field> fields, List<T> values) {
        for (Read<T> read : reads) {
            read.value().ifPresent(value -> {
                values.add(value);
                fields.add(read.at());
            });
        }
    }

    private void report(TopologyProblem problem, NodeIndex index) {
        Field at = switch (problem.part()) {
            case NODE -> nodeFields.get(problem.index());
            case LINK -> linkFields.get(problem.index());
            case AGREEMENT -> agreementFields.get(problem.index());
        };
        Field field = at.optional(problem.field()).orElse(at);
        boolean aboutStandIn = field.scalarText().filter(index::isPlaceholder).isPresent()
                && !problem.message().startsWith("unknown");
        if (!aboutStandIn) {
            field.problem(problem.message());
        }
    }
}
