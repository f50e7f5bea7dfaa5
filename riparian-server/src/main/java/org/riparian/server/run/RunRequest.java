package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.model.basin.Basin;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.store.InvalidInputException;

/**
 * The JSON body of a run request, read strictly: an object whose every field is one the run knows, each of the type
 * expected. Every refusal names the field and what was expected.
 */
final class RunRequest {

    /** The fields every run reads: what {@code riparian plan} takes as --season, --hydrology, --step and --scenario. */
    static final Set<String> RUN_FIELDS = Set.of("season", "hydrology", "step", "scenarios");

    private final JsonNode body;

    private RunRequest(JsonNode body) {
        this.body = body;
    }

    static RunRequest of(JsonNode body, Set<String> extraFields) {
        if (!body.isObject()) {
            throw new InvalidInputException("body", "expected a JSON object such as {\"season\": \"2026-vegetation\"}");
        }
        Set<String> allowed = new TreeSet<>(RUN_FIELDS);
        allowed.addAll(extraFields);
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(name, "is not a field of this run; expected one of " + String.join(", ", allowed));
            }
        }
        return new RunRequest(body);
    }

    JsonNode body() {
        return body;
    }

    Optional<String> text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(field, "expected a non-empty string, got " + value);
        }
        return Optional.of(value.asText());
    }

    List<String> texts(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isTextual() ? item.asText() : null));
        }
        if (!value.isArray() || texts.contains(null)) {
            throw new InvalidInputException(field, "expected an array of strings, got " + value);
        }
        return texts;
    }

    int integer(String field, int absent, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw new InvalidInputException(field, "expected a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.asInt();
    }

    /** The run this request asks for on {@code basin}; {@code defaultSeason} when it names none. */
    PreparedRun prepare(Basin basin, String basinSource, Season defaultSeason) {
        Season season = refused("season", () -> text("season").map(Season::parse).orElse(defaultSeason));
        StepKind step = refused("step", () -> StepKind.parse(text("step").orElse("decade")));
        List<String> scenarios = texts("scenarios");
        refused("scenarios", () -> scenarios.stream().map(basin::scenario).toList());
        Optional<String> hydrology = text("hydrology");
        return refused("hydrology", () -> PreparedRun.of(basin, basinSource, season, step, hydrology, scenarios));
    }

    /** What {@code parse} returns, an {@link IllegalArgumentException} of the model refused as bad input in {@code field}. */
    static <T> T refused(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
