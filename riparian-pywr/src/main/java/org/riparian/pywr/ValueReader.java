package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;

/** Pywr's metric objects ({@code {"type": "Literal", "value": 10}}, Parameter, Timeseries, Node …) as values. */
final class ValueReader {

    private final PywrModel model;

    ValueReader(PywrModel model) {
        this.model = model;
    }

    /** The value of a field, or {@code otherwise} when the field is absent. */
    Value read(JsonNode json, String owner, double otherwise) {
        if (json == null || json.isNull()) {
            return Value.literal(otherwise);
        }
        return read(json, owner);
    }

    Value read(JsonNode json, String owner) {
        if (json.isNumber()) {
            return Value.literal(json.asDouble());
        }
        String type = json.path("type").asText();
        return switch (type) {
            case "Literal", "Constant" -> Value.literal(json.path("value").asDouble());
            case "Parameter" -> parameter(json.path("name").asText());
            case "LocalParameter" -> parameter(owner + "." + json.path("name").asText());
            case "Timeseries" -> timeseries(json, owner);
            case "Node", "VirtualNode" -> nodeAttribute(json);
            case "Table" -> Value.literal(model.tables().scalar(json));
            default -> throw new UnsupportedPywrFeatureException("value", "of " + owner, type);
        };
    }

    /** A fixed list of numbers: a JSON array, a literal with {@code values}, or an array from a table. */
    double[] array(JsonNode json, String owner) {
        JsonNode list = json.isArray() ? json : json.path("values");
        if (json.path("type").asText().equals("Table")) {
            return model.tables().array(json);
        }
        if (!list.isArray()) {
            throw new UnsupportedPywrFeatureException("array", "of " + owner, json.path("type").asText("missing"));
        }
        double[] array = new double[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i).asDouble();
        }
        return array;
    }

    private Value parameter(String name) {
        return evaluator -> evaluator.parameter(name);
    }

    private Value timeseries(JsonNode json, String owner) {
        JsonNode columns = json.path("columns");
        String columnType = columns.path("type").asText("Column");
        if (columnType.equals("Scenario")) {
            return model.timeseries(json.path("name").asText()).scenarioColumn(columns.path("name").asText());
        }
        if (!columns.isMissingNode() && !columnType.equals("Column")) {
            throw new UnsupportedPywrFeatureException("timeseries columns", "of " + owner, columnType);
        }
        String column = columns.isMissingNode() ? null : columns.path("name").asText();
        return model.timeseries(json.path("name").asText()).column(column);
    }

    private Value nodeAttribute(JsonNode json) {
        String name = json.path("name").asText();
        String attribute = json.path("attribute").asText(null);
        return evaluator -> {
            PywrNode node = evaluator.model().node(name);
            return node.attribute(attribute == null ? node.defaultAttribute() : attribute,
                    evaluator.flows(), evaluator);
        };
    }
}
