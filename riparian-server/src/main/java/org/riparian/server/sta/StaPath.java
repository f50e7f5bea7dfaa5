package org.riparian.server.sta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riparian.store.NotFoundException;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.Entities;
import org.riparian.store.entity.EntityType;
import org.riparian.store.entity.Navigation;
import org.riparian.store.entity.Page;
import org.riparian.store.entity.Related;
import org.riparian.store.query.Query;

/**
 * A resource path such as {@code Things(1)/Datastreams}, {@code Datastreams(2)/Thing/name/$value} or
 * {@code Things(1)/Locations/$ref}, resolved against the store to what it addresses.
 */
record StaPath(Target target, boolean ref) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\(([^)]*)\\))?");

    /** What a path addresses. */
    sealed interface Target {
    }

    /** A set of entities, possibly reached through a navigation. */
    record Collection(EntityType type, Optional<Related> related) implements Target {
    }

    record Entity(EntityType type, long id) implements Target {
    }

    /** One property of an entity; {@code raw} for {@code /$value}. */
    record Property(EntityType type, long id, String name, boolean raw) implements Target {
    }

    static StaPath resolve(String path, Entities entities, Principal who) {
        List<String> segments = List.of(path.split("/"));
        boolean ref = segments.get(segments.size() - 1).equals("$ref");
        if (ref) {
            segments = segments.subList(0, segments.size() - 1);
        }
        Target target = first(segments.get(0));
        for (int i = 1; i < segments.size(); i++) {
            target = next(target, segments.get(i), entities, who, path);
        }
        if (ref && target instanceof Property) {
            throw new NotFoundException("$ref follows an entity or a collection, not a property: " + path);
        }
        return new StaPath(target, ref);
    }

    private static Target first(String segment) {
        Matcher matcher = matcher(segment, segment);
        EntityType type = EntityType.ofSet(matcher.group(1))
                .orElseThrow(() -> new NotFoundException("no entity set '" + matcher.group(1) + "'"));
        return matcher.group(2) == null ? new Collection(type, Optional.empty()) : new Entity(type, id(type, matcher.group(2)));
    }

    private static Target next(Target target, String segment, Entities entities, Principal who, String path) {
        if (segment.equals("$value") && target instanceof Property property && !property.raw()) {
            return new Property(property.type(), property.id(), property.name(), true);
        }
        if (!(target instanceof Entity entity)) {
            throw new NotFoundException("'" + segment + "' cannot follow " + describe(target) + " in " + path);
        }
        Matcher matcher = matcher(segment, path);
        Optional<Navigation> navigation = entity.type().navigation(matcher.group(1));
        if (navigation.isEmpty()) {
            if (entity.type().field(matcher.group(1)).isPresent() && matcher.group(2) == null) {
                return new Property(entity.type(), entity.id(), matcher.group(1), false);
            }
            throw new NotFoundException(entity.type().singular() + " has no property or navigation '" + matcher.group(1) + "'");
        }
        Related related = new Related(entity.type(), entity.id(), navigation.get());
        if (navigation.get().toMany()) {
            return matcher.group(2) == null ? new Collection(navigation.get().target(), Optional.of(related))
                    : new Entity(navigation.get().target(), id(navigation.get().target(), matcher.group(2)));
        }
        Page page = entities.list(who, navigation.get().target(), Optional.of(related), Query.all().withTop(1));
        if (page.entities().isEmpty()) {
            throw new NotFoundException(entity.type().singular() + "(" + entity.id() + ") has no " + navigation.get().name());
        }
        return new Entity(navigation.get().target(), page.entities().get(0).get("@iot.id").asLong());
    }

    private static Matcher matcher(String segment, String path) {
        Matcher matcher = SEGMENT.matcher(segment);
        if (!matcher.matches()) {
            throw new NotFoundException("'" + abbreviate(segment) + "' is not a resource path segment in " + abbreviate(path));
        }
        return matcher;
    }

    private static long id(EntityType type, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException(type.singular() + "(" + abbreviate(text) + ") does not exist: ids are integers");
        }
    }

    private static String describe(Target target) {
        return target instanceof Collection c ? "the collection " + c.type().setName() : "a property";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
