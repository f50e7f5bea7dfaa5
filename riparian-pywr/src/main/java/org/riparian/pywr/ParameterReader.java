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
            case "MonthlyProfile" -> monthly(json, name);
            case "DailyProfile" -> daily(json, name);
            case "Aggregated" -> aggregated(json, name);
            case "ControlCurve" -> controlCurve(json, name);
            case "ControlCurveIndex" -> controlCurveIndex(json, name);
            default -> throw new UnsupportedPywrFeatureException("parameter", name, type);
        };
        return new Parameter(name, Phase.of(json.path("phase").asText(null)), value);
    }

    private Value monthly(JsonNode json, String name) {
        double[] profile = values.array(json.path("values"), "parameter " + name);
        if (profile.length != 12) {
            throw new PywrModelException("parameter " + name + " has " + profile.length + " values, expected 12");
        }
        return evaluator -> profile[evaluator.date().getMonthValue() - 1];
    }

    /**
     * 366 values are days of a leap year (1 March is the 61st value in every year); 365 values are days of a common
     * year, and 29 February repeats 28 February.
     */
    private Value daily(JsonNode json, String name) {
        double[] profile = values.array(json.path("values"), "parameter " + name);
        if (profile.length != 365 && profile.length != 366) {
            throw new PywrModelException("parameter " + name + " has " + profile.length + " values, expected 365 or 366");
        }
        boolean leapProfile = profile.length == 366;
        return evaluator -> profile[dayIndex(evaluator.date(), leapProfile)];
    }

    static int dayIndex(LocalDate date, boolean leapProfile) {
        int index = date.getDayOfYear() - 1;
        boolean afterFebruary = date.getMonthValue() > 2;
        if (leapProfile) {
            return !date.isLeapYear() && afterFebruary ? index + 1 : index;
        }
        boolean leapDayOrLater = afterFebruary || date.getMonthValue() == 2 && date.getDayOfMonth() == 29;
        return date.isLeapYear() && leapDayOrLater ? index - 1 : index;
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

    /** The index of the first curve the storage is at or above; the number of curves below them all. */
    private Value controlCurveIndex(JsonNode json, String name) {
        Value storage = values.read(json.path("storage_metric"), name);
        List<Value> curves = new ArrayList<>();
        json.path("control_curves").forEach(curve -> curves.add(values.read(curve, name)));
        return evaluator -> {
            double level = storage.of(evaluator);
            for (int i = 0; i < curves.size(); i++) {
                if (level >= curves.get(i).of(evaluator)) {
                    return i;
                }
            }
            return curves.size();
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
