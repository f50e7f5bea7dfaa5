package org.riparian.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The commands' machine-readable output: indented JSON, keys as the result records name them or in snake_case. */
public final class JsonText {

    private static final ObjectMapper AS_NAMED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper SNAKE_CASE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private JsonText() {
    }

    /** {@code what} names the result in the (internal) error: "the plan summary". */
    public static String of(Object value, String what) {
        return write(AS_NAMED, value, what);
    }

    /** As {@link #of} with camelCase record components written in snake_case. */
    public static String snakeCase(Object value, String what) {
        return write(SNAKE_CASE, value, what);
    }

    private static String write(ObjectMapper mapper, Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + what + " as JSON", e);
        }
    }
}
