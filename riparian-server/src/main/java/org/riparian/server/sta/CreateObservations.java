package org.riparian.server.sta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Times;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.observation.Observations;
import org.riparian.store.unit.Unit;

/**
 * The {@code CreateObservations} data-array request: per datastream, the components named once and the rows as
 * arrays. Riparian adds an optional {@code unitOfMeasurement} per datastream group: its values are converted to the
 * datastream's unit. The whole request is one batch, delivered wholly or not at all; a bad row is named by its
 * position, such as {@code [0].dataArray[17].result}.
 */
final class CreateObservations {

    private static final List<String> COMPONENTS = List.of("phenomenonTime", "result", "resultTime", "parameters", "FeatureOfInterest/id");

    private CreateObservations() {
    }

    static List<ObservationInput> parse(JsonNode body, Observations observations) {
        if (!body.isArray()) {
            throw new InvalidInputException("body", "expected an array of {Datastream, components, dataArray} groups");
        }
        List<ObservationInput> inputs = new ArrayList<>();
        for (int g = 0; g < body.size(); g++) {
            group(body.get(g), "[" + g + "]", observations, inputs);
        }
        return inputs;
    }

    private static void group(JsonNode group, String path, Observations observations, List<ObservationInput> inputs) {
        JsonNode id = group.path("Datastream").path("@iot.id");
        if (!id.isIntegralNumber()) {
            throw new InvalidInputException(path + ".Datastream", "expected {\"@iot.id\": N} naming the datastream");
        }
        Datastream datastream = observations.datastream(id.longValue());
        Unit unit = group.has("unitOfMeasurement")
                ? Unit.of(group.path("unitOfMeasurement").path("symbol").asText(), path + ".unitOfMeasurement.symbol") : datastream.unit();
        List<String> components = components(group.path("components"), path);
        JsonNode rows = group.path("dataArray");
        if (!rows.isArray()) {
            throw new InvalidInputException(path + ".dataArray", "expected an array of rows");
        }
        for (int r = 0; r < rows.size(); r++) {
            inputs.add(row(rows.get(r), components, datastream, unit, path + ".dataArray[" + r + "]"));
        }
    }

    private static List<String> components(JsonNode node, String path) {
        List<String> components = new ArrayList<>();
        node.forEach(c -> components.add(c.asText()));
        if (!node.isArray() || !components.contains("phenomenonTime") || !components.contains("result")
                || !COMPONENTS.containsAll(components)) {
            throw new InvalidInputException(path + ".components", "expected phenomenonTime, result and optionally resultTime, parameters, FeatureOfInterest/id");
        }
        return components;
    }

    private static ObservationInput row(JsonNode row, List<String> components, Datastream datastream, Unit unit, String path) {
        if (!row.isArray() || row.size() != components.size()) {
            throw new InvalidInputException(path, "expected an array of " + components.size() + " values: " + String.join(", ", components));
        }
        long[] time = Times.parseInterval(text(row.get(components.indexOf("phenomenonTime")), path + ".phenomenonTime"), path + ".phenomenonTime");
        JsonNode result = row.get(components.indexOf("result"));
        if (!result.isNumber() || !Double.isFinite(result.doubleValue())) {
            throw new InvalidInputException(path + ".result", "expected a finite number, found " + result);
        }
        double value = unit.convert(result.doubleValue(), datastream.unit(), path + ".result");
        Long resultTime = components.contains("resultTime") && !row.get(components.indexOf("resultTime")).isNull()
                ? Times.parse(text(row.get(components.indexOf("resultTime")), path + ".resultTime"), path + ".resultTime") : null;
        String parameters = components.contains("parameters") ? parameters(row.get(components.indexOf("parameters")), path) : null;
        Long feature = components.contains("FeatureOfInterest/id") ? row.get(components.indexOf("FeatureOfInterest/id")).asLong() : null;
        return new ObservationInput(datastream.id(), time[0], time[1], value, resultTime, parameters, feature, path);
    }

    private static String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new InvalidInputException(path, "expected an ISO 8601 time string, found " + node);
        }
        return node.textValue();
    }

    private static String parameters(JsonNode node, String path) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidInputException(path + ".parameters", "expected a JSON object");
        }
        return node.toString();
    }
}
