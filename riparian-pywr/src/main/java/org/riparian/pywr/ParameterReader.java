package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/** Pywr parameters: Constant, MonthlyProfile, DailyProfile, Aggregated and ControlCurve. */
final class ParameterReader {

    private final ValueReader values;

    ParameterReader(ValueReader values) {
        this.values = values;
    }

    /** A parameter; {@code prefix} names a node's local parameters ({@code node.name}). */
    Parameter read(JsonNode json, String prefix) {
        String name = prefix + json.path("meta").path("name").asText();
        String type = json.path("type").asText();
        Value value = switch (type) {
            case "Constant" -> values.read(json.path("value"), name);
            case "MonthlyProfile" -> profile(json, name, 12, date -> date.getMonthValue() - 1);
            case "DailyProfile" -> profile(json, name, 366, ParameterReader::dayIndex);
            case "Aggregated" -> aggregated(json, name);
            case "ControlCurve" -> controlCurve(json, name);
            default -> throw new UnsupportedPywrFeatureException("parameter", name, type);
        };
        return new Parameter(name, Phase.of(json.path("phase").asText(null)), value);
    }

    /** Day of a 366-day year: 28 February is day 59 (index 58) and 1 March day 61 in every year. */
    private static int dayIndex(LocalDate date) {
        int index = date.getDayOfYear() - 1;
        return !date.isLeapYear() && index >= 59 ? index + 1 : index;
    }

    private Value profile(JsonNode json, String name, int length, java.util.function.ToIntFunction<LocalDate> index) {
        JsonNode array = json.path("values");
        if (!array.isArray()) {
            throw new UnsupportedPywrFeatureException("profile values", "of parameter " + name,
                    array.path("type").asText("missing"));
        }
        if (array.size() != length) {
            throw new PywrModelException("parameter " + name + " has " + array.size() + " values, expected " + length);
        }
        double[] profile = new double[length];
        for (int i = 0; i < length; i++) {
            profile[i] = array.get(i).asDouble();
        }
        return evaluator -> profile[index.applyAsInt(evaluator.date())];
    }

    private Value aggregated(JsonNode json, String name) {
        List<Value> metrics = new ArrayList<>();
        json.path("metrics").forEach(metric -> metrics.add(values.read(metric, name)));
        String function = json.path("agg_func").path("type").asText(json.path("agg_func").asText());
        DoubleBinaryOperator combine = switch (function) {
            case "Sum", "Mean" -> Double::sum;
            case "Product" -> (a, b) -> a * b;
            case "Max" -> Math::max;
            case "Min" -> Math::min;
            default -> throw new UnsupportedPywrFeatureException("aggregation function", "of parameter " + name,
                    function);
        };
        boolean mean = function.equals("Mean");
        return evaluator -> {
            double result = metrics.get(0).of(evaluator);
            for (int i = 1; i < metrics.size(); i++) {
                result = combine.applyAsDouble(result, metrics.get(i).of(evaluator));
            }
            return mean ? result / metrics.size() : result;
        };
    }

    /** The first value whose curve the storage is at or above; the last value below every curve. */
    private Value controlCurve(JsonNode json, String name) {
        Value storage = values.read(json.path("storage_metric"), name);
        List<Value> curves = new ArrayList<>();
        json.path("control_curves").forEach(curve -> curves.add(values.read(curve, name)));
        List<Value> outcomes = new ArrayList<>();
        json.path("values").forEach(value -> outcomes.add(values.read(value, name)));
        if (outcomes.size() != curves.size() + 1) {
            throw new PywrModelException("parameter " + name + " needs one value more than control curves");
        }
        return evaluator -> {
            double level = storage.of(evaluator);
            for (int i = 0; i < curves.size(); i++) {
                if (level >= curves.get(i).of(evaluator)) {
                    return outcomes.get(i).of(evaluator);
                }
            }
            return outcomes.get(curves.size()).of(evaluator);
        };
    }
}
