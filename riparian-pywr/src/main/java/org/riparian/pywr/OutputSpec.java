package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One entry of the model's {@code outputs}: a CSV file in long or wide format of one or more metric sets. */
public record OutputSpec(String name, String fileName, boolean wide, List<String> metricSets, Integer decimalPlaces) {

    static OutputSpec read(JsonNode json, PywrModel model) {
        String type = json.path("type").asText();
        if (!type.equals("CSV")) {
            throw new UnsupportedPywrFeatureException("output", json.path("name").asText(), type);
        }
        String format = json.path("format").asText("Long");
        if (!format.equals("Long") && !format.equals("Wide")) {
            throw new UnsupportedPywrFeatureException("output format", "of " + json.path("name").asText(), format);
        }
        List<String> sets = new ArrayList<>();
        JsonNode set = json.path("metric_set");
        if (set.isArray()) {
            set.forEach(s -> sets.add(s.asText()));
        } else {
            sets.add(set.asText());
        }
        sets.forEach(model::metricSet);
        Integer places = json.hasNonNull("decimal_places") ? json.get("decimal_places").asInt() : null;
        return new OutputSpec(json.path("name").asText(), json.path("filename").asText(), format.equals("Wide"),
                List.copyOf(sets), places);
    }
}
