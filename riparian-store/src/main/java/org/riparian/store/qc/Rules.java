package org.riparian.store.qc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.riparian.store.InvalidInputException;

/**
 * Reads a rule from its JSON form:
 * {@code {"kind": "range", "month": 4, "hard": [0, 3000], "soft": [50, 1500]}},
 * {@code {"kind": "rate", "maxChangePerHour": 200}}, {@code {"kind": "flatline", "count": 6, "tolerance": 0}},
 * {@code {"kind": "gap", "maxGapHours": 2}},
 * {@code {"kind": "continuity", "upstream": 12, "withdrawals": [13], "lossFraction": 0.05, "tolerance": 0.1}}.
 */
final class Rules {

    private Rules() {
    }

    static Rule parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("rule", "expected a JSON object with a kind: range, rate, flatline, gap or continuity");
        }
        String kind = json.path("kind").asText("");
        return switch (kind) {
            case "range" -> range(json);
            case "rate" -> new RateRule(positive(json, "maxChangePerHour"));
            case "flatline" -> new FlatLineRule((int) Math.max(2, positive(json, "count")), nonNegative(json, "tolerance"));
            case "gap" -> new GapRule(positive(json, "maxGapHours"));
            case "continuity" -> continuity(json);
            default -> throw new InvalidInputException("rule.kind", "'" + kind + "', expected range, rate, flatline, gap or continuity");
        };
    }

    private static Rule range(JsonNode json) {
        int month = json.path("month").asInt(0);
        if (month < 0 || month > 12) {
            throw new InvalidInputException("rule.month", month + ", expected 1 to 12, or 0 for all year");
        }
        double[] hard = pair(json, "hard");
        double[] soft = json.has("soft") ? pair(json, "soft") : hard;
        if (soft[0] < hard[0] || soft[1] > hard[1]) {
            throw new InvalidInputException("rule.soft", "the soft range must lie within the hard range");
        }
        return new RangeRule(month, hard[0], hard[1], soft[0], soft[1]);
    }

    private static Rule continuity(JsonNode json) {
        if (!json.path("upstream").isIntegralNumber()) {
            throw new InvalidInputException("rule.upstream", "expected the id of the upstream gauge's datastream");
        }
        List<Long> withdrawals = new ArrayList<>();
        json.path("withdrawals").forEach(w -> withdrawals.add(w.asLong()));
        double loss = nonNegative(json, "lossFraction");
        double tolerance = nonNegative(json, "tolerance");
        if (loss >= 1 || tolerance >= 1) {
            throw new InvalidInputException("rule", "lossFraction and tolerance are fractions, expected 0 to below 1");
        }
        return new ContinuityRule(json.get("upstream").asLong(), withdrawals, loss, tolerance);
    }

    private static double[] pair(JsonNode json, String name) {
        JsonNode pair = json.path(name);
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()
                || pair.get(0).asDouble() > pair.get(1).asDouble()) {
            throw new InvalidInputException("rule." + name, "expected [min, max] with min <= max");
        }
        return new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()};
    }

    private static double positive(JsonNode json, String name) {
        double value = number(json, name);
        if (value <= 0) {
            throw new InvalidInputException("rule." + name, value + ", expected a positive number");
        }
        return value;
    }

    private static double nonNegative(JsonNode json, String name) {
        if (!json.has(name)) {
            return 0;
        }
        double value = number(json, name);
        if (value < 0) {
            throw new InvalidInputException("rule." + name, value + ", expected 0 or more");
        }
        return value;
    }

    private static double number(JsonNode json, String name) {
        JsonNode value = json.path(name);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new InvalidInputException("rule." + name, "expected a number, found " + value);
        }
        return value.asDouble();
    }
}
