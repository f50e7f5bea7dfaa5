package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A named list of what to record each step: node attributes, edge flows, parameter values. */
record MetricSet(String name, List<Recorded> metrics) {

    /** One recorded quantity: a node's attribute, an edge's flow, or a parameter before or after the LP. */
    sealed interface Recorded permits NodeMetric, EdgeMetric, ParameterMetric, TableMetric {
    }

    record NodeMetric(String node, String attribute) implements Recorded {
    }

    record EdgeMetric(String from, String to) implements Recorded {
        String name() {
            return from + "->" + to;
        }
    }

    record ParameterMetric(String parameter, Phase phase) implements Recorded {
    }

    /** A scalar of a data table, recorded under the table's name with its keys ({@code A;Y}) as the attribute. */
    record TableMetric(String table, String keys, double value) implements Recorded {
    }

    static MetricSet read(JsonNode json, PywrModel model) {
        String name = json.path("name").asText();
        List<Recorded> metrics = new ArrayList<>();
        for (JsonNode metric : json.path("metrics")) {
            metrics.add(metric(metric, model, name));
        }
        JsonNode filters = json.path("filters");
        if (filters.path("all_nodes").asBoolean()) {
            model.nodes().values().forEach(n -> metrics.add(new NodeMetric(n.name, n.defaultAttribute())));
        }
        if (filters.path("all_virtual_nodes").asBoolean()) {
            model.virtualNodes().values().forEach(n -> metrics.add(new NodeMetric(n.name, n.defaultAttribute())));
        }
        if (filters.path("all_parameters").asBoolean()) {
            model.parameters().values().forEach(p -> metrics.add(new ParameterMetric(p.name(), p.phase())));
        }
        if (filters.path("all_edges").asBoolean()) {
            model.edges().forEach(e -> metrics.add(new EdgeMetric(e.from(), e.to())));
        }
        return new MetricSet(name, List.copyOf(metrics));
    }

    private static Recorded metric(JsonNode json, PywrModel model, String set) {
        String type = json.path("type").asText();
        return switch (type) {
            case "Node", "VirtualNode" -> {
                PywrNode node = model.node(json.path("name").asText());
                yield new NodeMetric(node.name, json.path("attribute").asText(node.defaultAttribute()));
            }
            case "Edge" -> new EdgeMetric(json.path("edge").path("from_node").asText(),
                    json.path("edge").path("to_node").asText());
            case "Parameter" -> {
                Parameter parameter = model.parameter(json.path("name").asText());
                yield new ParameterMetric(parameter.name(), parameter.phase());
            }
            case "Table" -> new TableMetric(json.path("table").asText(), Tables.keyText(json),
                    model.tables().scalar(json));
            default -> throw new UnsupportedPywrFeatureException("metric", "in metric set " + set, type);
        };
    }
}
