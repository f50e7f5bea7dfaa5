package org.riparian.server.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/** One item of {@code $expand}: a navigation and the query options applied to what it reaches. */
record ExpandItem(String navigation, Map<String, String> options) {

    /**
     * Parses {@code Datastreams($top=2;$expand=Observations),Locations,Datastreams/Sensor}. Items naming one navigation
     * are one item whose nested expansions are joined ({@code Datastreams/Sensor,Datastreams/Thing} expands both under
     * each Datastream); their other options must agree, as one set of Datastreams is rendered.
     */
    static List<ExpandItem> parse(String text) {
        Map<String, ExpandItem> items = new LinkedHashMap<>();
        for (String part : splitTopLevel(text, ',')) {
            ExpandItem item = item(part.trim());
            items.merge(item.navigation(), item, ExpandItem::merge);
        }
        return List.copyOf(items.values());
    }

    private static ExpandItem merge(ExpandItem first, ExpandItem second) {
        Map<String, String> options = new LinkedHashMap<>(first.options());
        second.options().forEach((name, value) -> options.merge(name, value, (a, b) -> {
            if (name.equals("$expand")) {
                return a + "," + b;
            }
            if (!a.equals(b)) {
                throw new InvalidInputException("$expand", "'" + first.navigation() + "' is expanded twice with different " + name
                        + " ('" + a + "' and '" + b + "'); give it once");
            }
            return a;
        }));
        return new ExpandItem(first.navigation(), options);
    }

    private static ExpandItem item(String text) {
        int open = text.indexOf('(');
        int slash = text.indexOf('/');
        if (slash > 0 && (open < 0 || slash < open)) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("$expand", text.substring(slash + 1));
            return new ExpandItem(text.substring(0, slash), options);
        }
        if (open < 0) {
            requireName(text);
            return new ExpandItem(text, Map.of());
        }
        if (!text.endsWith(")")) {
            throw new InvalidInputException("$expand", "'" + text + "' opens a parenthesis it does not close");
        }
        String name = text.substring(0, open);
        requireName(name);
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : splitTopLevel(text.substring(open + 1, text.length() - 1), ';')) {
            int equals = option.indexOf('=');
            if (equals < 1) {
                throw new InvalidInputException("$expand", "'" + option + "' is not a query option such as $top=5");
            }
            options.put(option.substring(0, equals).trim(), option.substring(equals + 1));
        }
        return new ExpandItem(name, options);
    }

    private static void requireName(String name) {
        if (!name.matches("[A-Za-z]+")) {
            throw new InvalidInputException("$expand", "'" + name + "' is not a navigation property");
        }
    }

    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || quoted) {
            throw new InvalidInputException("$expand", "unbalanced parentheses or quotes in '" + text + "'");
        }
        parts.add(text.substring(start));
        return parts;
    }
}
