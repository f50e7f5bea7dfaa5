package org.riparian.server.sta;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riparian.store.InvalidInputException;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.FilterParser;
import org.riparian.store.query.Query;

/** The system query options of a request, checked against the entity type they apply to. */
record QueryOptions(Query query, Set<String> select, List<ExpandItem> expand) {

    private static final Set<String> KNOWN = Set.of("$filter", "$orderby", "$top", "$skip", "$count", "$select", "$expand", "$resultFormat");

    static QueryOptions parse(Map<String, String> options, EntityType type) {
        for (String name : options.keySet()) {
            if (name.startsWith("$") && !KNOWN.contains(name)) {
                throw new InvalidInputException(name, "is not a query option, expected one of $filter, $orderby, $top, $skip, $count, $select, $expand");
            }
        }
        Query query = new Query(
                Optional.ofNullable(options.get("$filter")).map(FilterParser::parse),
                Optional.ofNullable(options.get("$orderby")).map(FilterParser::parseOrderBy).orElse(List.of()),
                (int) number(options, "$top", Query.DEFAULT_TOP),
                number(options, "$skip", 0),
                bool(options.get("$count")));
        return new QueryOptions(query, select(options.get("$select"), type),
                Optional.ofNullable(options.get("$expand")).map(ExpandItem::parse).orElse(List.of()));
    }

    private static long number(Map<String, String> options, String name, long absent) {
        String text = options.get(name);
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0 || name.equals("$top") && value > Query.MAX_TOP) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + text + "', expected a whole number from 0" + (name.equals("$top") ? " to " + Query.MAX_TOP : ""));
        }
    }

    private static boolean bool(String text) {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new InvalidInputException("$count", "'" + text + "', expected true or false");
    }

    private static Set<String> select(String text, EntityType type) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        for (String name : text.split(",")) {
            String trimmed = name.trim();
            boolean known = trimmed.equals("id") || trimmed.equals("@iot.id") || trimmed.equals("@iot.selfLink")
                    || type.field(trimmed).isPresent() || type.navigation(trimmed).isPresent();
            if (!known) {
                throw new InvalidInputException("$select", "'" + trimmed + "' is not a property of " + type.singular());
            }
            names.add(trimmed.equals("@iot.id") ? "id" : trimmed);
        }
        return names;
    }
}
