package org.riparian.model.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.basin.Scenario;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;

/** Reads the whole document into a {@link Basin}: each section in turn, then the topology across them. */
final class BasinAssembler {

    private static final List<String> SECTIONS = List.of("basin", "nodes", "links", "agreements", "hydrologies", "scenarios",
            "economy");
    private static final List<String> LINK_FIELDS = List.of("from", "to", "capacity", "loss_fraction", "description");

    private final SeriesReader series;

    BasinAssembler(SeriesFiles files) {
        this.series = new SeriesReader(files);
    }

    Optional<Basin> basin(Field root) {
        if (!root.allowOnly(SECTIONS, "a basin: a mapping with basin: and nodes:")) {
            return Optional.empty();
        }
        Field header = root.required("basin", "a mapping with name: and description:");
        header.allowOnly(List.of("name", "description"), "a mapping with name: and description:");
        String name = header.required("name", "the basin's name").text("the basin's name");
        String description = header.optional("description").map(f -> f.text("a description")).orElse("");
        List<Read<Node>> nodes = nodes(root.required("nodes", "a list of nodes"));
        List<Read<Link>> links = list(root.optional("links"), "links", this::link);
        List<Read<Agreement>> agreements = list(root.optional("agreements"), "agreements", new AgreementReader(series)::read);
        NodeIndex index = new NodeIndex(nodes);
        Topology.check(nodes, links, agreements, index);
        VariationReader variations = new VariationReader(series, index);
        Map<String, Hydrology> hydrologies = root.optional("hydrologies").map(variations::hydrologies).orElse(Map.of());
        Map<String, Scenario> scenarios = root.optional("scenarios").map(variations::scenarios).orElse(Map.of());
        Economy economy = root.optional("economy").map(new EconomyReader(index)::economy).orElse(Economy.none());
        if (!root.problems().isEmpty()) {
            return Optional.empty();
        }
        return root.build(() -> new Basin(name, description, new Network(values(nodes), values(links), values(agreements)),
                hydrologies, scenarios, economy));
    }

    private List<Read<Node>> nodes(Field at) {
        List<Field> items = at.items("nodes");
        if (items.isEmpty() && !at.isAbsent() && at.problems().isEmpty()) {
            at.problem("is empty, expected at least one node");
        }
        NodeReader reader = new NodeReader(series);
        return items.stream().map(NodeReader::labelled).map(item -> new Read<>(item, reader.read(item))).toList();
    }

    private static <T> List<Read<T>> list(Optional<Field> at, String noun, Function<Field, Optional<T>> reader) {
        return at.map(field -> field.items(noun)).orElse(List.of()).stream()
                .map(item -> new Read<>(item, reader.apply(item))).toList();
    }

    private Optional<Link> link(Field at) {
        int before = at.problems().count();
        if (!at.allowOnly(LINK_FIELDS, "a link: a mapping with from: and to:")) {
            return Optional.empty();
        }
        String from = at.required("from", "the id of the upstream node").text("the id of the upstream node");
        String to = at.required("to", "the id of the downstream node").text("the id of the downstream node");
        Optional<Double> capacity = at.optional("capacity").map(field -> field.quantity(Dimension.FLOW));
        double loss = at.optional("loss_fraction").map(Field::fraction).orElse(0.0);
        at.optional("description").ifPresent(field -> field.text("a description"));
        return at.problems().count() > before ? Optional.empty() : at.build(() -> new Link(from, to, capacity, loss));
    }

    private static <T> List<T> values(List<Read<T>> reads) {
        return reads.stream().flatMap(read -> read.value().stream()).toList();
    }
}
