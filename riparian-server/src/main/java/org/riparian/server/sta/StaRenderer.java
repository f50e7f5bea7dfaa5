package org.riparian.server.sta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.riparian.server.http.Json;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.Entities;
import org.riparian.store.entity.EntityType;
import org.riparian.store.entity.Navigation;
import org.riparian.store.entity.Page;
import org.riparian.store.entity.Related;

/** Turns stored entities into the standard's JSON: self and navigation links, {@code $select}, {@code $expand}. */
final class StaRenderer {

    private final Entities entities;
    private final Principal who;
    private final String base;

    StaRenderer(Entities entities, Principal who, String base) {
        this.entities = entities;
        this.who = who;
        this.base = base;
    }

    String selfLink(EntityType type, long id) {
        return base + "/" + type.setName() + "(" + id + ")";
    }

    ObjectNode entity(EntityType type, JsonNode stored, QueryOptions options) {
        long id = stored.get("@iot.id").asLong();
        String self = selfLink(type, id);
        boolean all = options.select().isEmpty();
        ObjectNode out = Json.MAPPER.createObjectNode();
        if (all || options.select().contains("id")) {
            out.put("@iot.id", id);
        }
        if (all || options.select().contains("@iot.selfLink")) {
            out.put("@iot.selfLink", self);
        }
        type.fields().stream().filter(f -> all || options.select().contains(f.name())).forEach(f -> out.set(f.name(), stored.get(f.name())));
        for (Navigation navigation : type.navigations()) {
            if (all || options.select().contains(navigation.name())) {
                out.put(navigation.name() + "@iot.navigationLink", self + "/" + navigation.name());
            }
        }
        for (ExpandItem item : options.expand()) {
            expand(type, id, item, out);
        }
        return out;
    }

    private void expand(EntityType type, long id, ExpandItem item, ObjectNode out) {
        Navigation navigation = type.navigation(item.navigation()).orElseThrow(() -> new InvalidInputException("$expand",
                "'" + item.navigation() + "' is not a navigation property of " + type.singular()));
        QueryOptions options = QueryOptions.parse(item.options(), navigation.target());
        Page page = entities.list(who, navigation.target(), Optional.of(new Related(type, id, navigation)),
                navigation.toMany() ? options.query() : options.query().withTop(1));
        if (navigation.toMany()) {
            ArrayNode values = out.putArray(navigation.name());
            page.entities().forEach(e -> values.add(entity(navigation.target(), e, options)));
            page.count().ifPresent(count -> out.put(navigation.name() + "@iot.count", count));
        } else if (!page.entities().isEmpty()) {
            out.set(navigation.name(), entity(navigation.target(), page.entities().get(0), options));
        }
    }

    ObjectNode collection(EntityType type, Page page, QueryOptions options, Optional<String> nextLink) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        page.count().ifPresent(count -> out.put("@iot.count", count));
        ArrayNode values = out.putArray("value");
        page.entities().forEach(e -> values.add(entity(type, e, options)));
        nextLink.filter(link -> page.more()).ifPresent(link -> out.put("@iot.nextLink", link));
        return out;
    }

    ObjectNode references(EntityType type, Page page, Optional<String> nextLink) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        page.count().ifPresent(count -> out.put("@iot.count", count));
        ArrayNode values = out.putArray("value");
        page.entities().forEach(e -> values.addObject().put("@iot.selfLink", selfLink(type, e.get("@iot.id").asLong())));
        nextLink.filter(link -> page.more()).ifPresent(link -> out.put("@iot.nextLink", link));
        return out;
    }
}
