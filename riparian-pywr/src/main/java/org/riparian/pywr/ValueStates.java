package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * What a value of a Pywr model depends on, read from its JSON: a fixed number, the date only (profiles, time series,
 * tables and sums of them), or the model's state (node flows and volumes, control curves), which a basin file's
 * series cannot hold.
 */
final class ValueStates {

    private final Map<String, JsonNode> parameters = new HashMap<>();

    ValueStates(JsonNode network) {
        network.path("parameters").forEach(p -> parameters.put(p.path("meta").path("name").asText(), p));
        for (JsonNode node : network.path("nodes")) {
            String owner = node.path("meta").path("name").asText();
            node.path("parameters").forEach(p -> parameters.put(owner + "." + p.path("meta").path("name").asText(), p));
        }
    }

    /** Absent, a number or a literal. */
    boolean literal(JsonNode value) {
        return value == null || value.isNull() || value.isNumber()
                || value.path("type").asText().equals("Literal") && value.path("value").isNumber();
    }

    /** A literal's number; 0 when absent. */
    double literalValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return 0;
        }
        return value.isNumber() ? value.asDouble() : value.path("value").asDouble();
    }

    /** Null when the value depends on the date at most; otherwise what of the model's state it reads. */
    String stateDependence(JsonNode value, String owner) {
        if (literal(value)) {
            return null;
        }
        return switch (value.path("type").asText()) {
            case "Timeseries", "Table", "Constant" -> null;
            case "Parameter" -> parameterDependence(value.path("name").asText(), owner);
            case "LocalParameter" -> parameterDependence(owner + "." + value.path("name").asText(), owner);
            case "Node", "VirtualNode" -> "the state of node " + value.path("name").asText();
            default -> "a value of type " + value.path("type").asText();
        };
    }

    private String parameterDependence(String name, String owner) {
        JsonNode parameter = parameters.get(name);
        if (parameter == null) {
            return "parameter " + name + ", which is not defined";
        }
        String type = parameter.path("type").asText();
        return switch (type) {
            case "Constant" -> stateDependence(parameter.path("value"), owner);
            case "MonthlyProfile", "DailyProfile" -> null;
            case "Aggregated" -> aggregatedDependence(parameter, owner);
            default -> "parameter " + name + " of type " + type;
        };
    }

    private String aggregatedDependence(JsonNode parameter, String owner) {
        for (JsonNode metric : parameter.path("metrics")) {
            String dependence = stateDependence(metric, owner);
            if (dependence != null) {
                return dependence;
            }
        }
        return null;
    }
}
