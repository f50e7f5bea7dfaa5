package org.riparian.server.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.riparian.store.InvalidInputException;

/** The fields of one JSON object, each refusal naming the field by its path (such as {@code targets[0].atLeastHm3}). */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The request body, which must be an object. */
    static JsonFields body(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("body", "is " + body.getNodeType().name().toLowerCase() + ", expected an agreement: a JSON object");
        }
        return new JsonFields(body, "");
    }

    String name(String field) {
        return path + field;
    }

    InvalidInputException refused(String field, String message) {
        return new InvalidInputException(name(field), message);
    }

    /** Refuses any field not named, listing those allowed. */
    void allowOnly(Collection<String> allowed, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw refused(field, "is not a field of " + what + ", expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    String text(String field, String expected) {
        return present(field, expected, value -> value.isTextual() && !value.asText().isBlank()).asText();
    }

    Optional<String> optionalText(String field, String expected) {
        return has(field) ? Optional.of(text(field, expected)) : Optional.empty();
    }

    /** A finite number of at least zero: volumes, flows, energies and fractions are never negative. */
    double amount(String field, String expected) {
        return present(field, expected, value -> value.isNumber() && Double.isFinite(value.asDouble()) && value.asDouble() >= 0).asDouble();
    }

    /** The field's value when it is given and {@code fits}; refused as missing or as not what was expected. */
    private JsonNode present(String field, String expected, Predicate<JsonNode> fits) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw refused(field, "is missing, expected " + expected);
        }
        if (!fits.test(value)) {
            throw refused(field, "is " + value + ", expected " + expected);
        }
        return value;
    }

    Optional<Double> optionalAmount(String field, String expected) {
        return has(field) ? Optional.of(amount(field, expected)) : Optional.empty();
    }

    JsonFields object(String field, String expected) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw refused(field, (value == null ? "is missing" : "is " + value) + ", expected " + expected);
        }
        return new JsonFields(value, name(field) + ".");
    }

    /** The objects of an array field, each read with its index in its path. */
    List<JsonFields> objects(String field, String expected) {
        List<JsonFields> items = new ArrayList<>();
        JsonNode array = array(field, expected);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new InvalidInputException(name(field) + "[" + i + "]", "is " + array.get(i) + ", expected " + expected);
            }
            items.add(new JsonFields(array.get(i), name(field) + "[" + i + "]."));
        }
        return items;
    }

    /** The strings of an array field; an absent field or an empty array is an empty list. */
    List<String> texts(String field, String expected) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode array = node.get(field);
        if (!array.isArray()) {
            throw refused(field, "is " + array + ", expected a list of " + expected);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual() || array.get(i).asText().isBlank()) {
                throw new InvalidInputException(name(field) + "[" + i + "]", "is " + array.get(i) + ", expected " + expected);
            }
            texts.add(array.get(i).asText());
        }
        return texts;
    }

    private JsonNode array(String field, String expected) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw refused(field, (value == null ? "is missing" : "is " + value) + ", expected a non-empty list of " + expected);
        }
        return value;
    }
}
