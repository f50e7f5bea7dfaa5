package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.riparian.store.InvalidInputException;

/** Refuses keys that are neither a field nor a navigation of the entity type, so that a typo is not silently dropped. */
final class EntityKeys {

    private EntityKeys() {
    }

    static void requireKnown(EntityType type, JsonNode body, String path) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            boolean known = name.startsWith("@iot.") || name.endsWith("@iot.navigationLink") || type.field(name).isPresent()
                    || type.navigation(name).isPresent();
            if (!known) {
                throw new InvalidInputException(path + "." + name, "is not a property of " + type.singular() + ", expected one of " + expected(type));
            }
        }
    }

    private static String expected(EntityType type) {
        List<String> names = new ArrayList<>();
        type.fields().forEach(f -> names.add(f.name()));
        type.navigations().forEach(n -> names.add(n.name()));
        return String.join(", ", names);
    }
}
