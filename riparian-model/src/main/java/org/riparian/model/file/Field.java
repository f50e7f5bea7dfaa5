package org.riparian.model.file;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.riparian.model.DidYouMean;

/**
 * A value of the basin file at its path and line. Readers return a neutral value (0, "", an empty list) after reporting
 * a problem, so one pass collects every problem; callers compare {@link Problems#count()} before and after to know
 * whether what they read is whole. A required field that is missing is "absent": reading it reports nothing more.
 */
final class Field {

    private final Tree value;
    private final String path;
    private final int line;
    private final Problems problems;
    private final boolean absent;

    private Field(Tree value, String path, int line, Problems problems, boolean absent) {
        this.value = value;
        this.path = path;
        this.line = line;
        this.problems = problems;
        this.absent = absent;
    }

    static Field root(Tree tree, Problems problems) {
        return new Field(tree, "", tree.line(), problems, false);
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    Problems problems() {
        return problems;
    }

    boolean isMapping() {
        return !absent && value instanceof Tree.Mapping;
    }

    /** The text of a scalar, without reporting anything: for labels chosen before the value is checked. */
    Optional<String> scalarText() {
        return value instanceof Tree.Scalar scalar && !absent ? Optional.of(scalar.text()) : Optional.empty();
    }

    boolean isAbsent() {
        return absent;
    }

    void problem(String message) {
        problems.add(line, path, message);
    }

    /** The same value under a readable label instead of its list index: {@code nodes[toktogul]} for {@code nodes[3]}. */
    Field labelled(String label) {
        String parent = path.substring(0, path.lastIndexOf('['));
        return new Field(value, parent + "[" + label + "]", line, problems, absent);
    }

    Optional<Field> optional(String key) {
        if (absent || !(value instanceof Tree.Mapping mapping) || !mapping.entries().containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(child(mapping, key));
    }

    Field required(String key, String expected) {
        Optional<Field> found = optional(key);
        if (found.isEmpty() && !absent && value instanceof Tree.Mapping) {
            problems.add(line, join(key), "missing, expected " + expected);
        }
        return found.orElseGet(() -> new Field(value, join(key), line, problems, true));
    }

    /** The entries of a mapping in file order; anything else is reported. */
    List<Field> entries(String expected) {
        if (absent) {
            return List.of();
        }
        if (!(value instanceof Tree.Mapping mapping)) {
            problem("is " + value.describe() + ", expected " + expected);
            return List.of();
        }
        return mapping.entries().keySet().stream().map(key -> child(mapping, key)).toList();
    }

    /** The key under which this value stands in its mapping. */
    String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    List<Field> items(String expected) {
        if (absent) {
            return List.of();
        }
        if (!(value instanceof Tree.Sequence sequence)) {
            problem("is " + value.describe() + ", expected a list of " + expected);
            return List.of();
        }
        List<Field> items = new ArrayList<>(sequence.items().size());
        for (int i = 0; i < sequence.items().size(); i++) {
            Tree item = sequence.items().get(i);
            items.add(new Field(item, path + "[" + i + "]", item.line(), problems, false));
        }
        return items;
    }

    /** Reports every key not in {@code allowed}, naming the allowed ones, so a typo such as full_storge cannot pass. */
    boolean allowOnly(Collection<String> allowed, String expectedMapping) {
        if (absent) {
            return false;
        }
        if (!(value instanceof Tree.Mapping mapping)) {
            problem("is " + value.describe() + ", expected " + expectedMapping);
            return false;
        }
        for (String key : mapping.entries().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(mapping.keyLines().get(key), join(key), "unknown field" + DidYouMean.hint(key, allowed)
                        + ", expected one of " + String.join(", ", allowed));
            }
        }
        return true;
    }

    /**
     * The required {@code kind:} of a node or agreement, one of {@code kinds} ({@code expected} names them); empty once it
     * is reported missing or unknown, an unknown kind with the known one it is closest to.
     */
    Optional<String> kind(Collection<String> kinds, String expected) {
        Field kindField = required("kind", expected);
        String kind = kindField.text(expected);
        if (!kind.isEmpty() && !kinds.contains(kind)) {
            kindField.problem("unknown kind '" + kind + "'" + DidYouMean.hint(kind, kinds) + ", expected " + expected);
        }
        return kinds.contains(kind) ? Optional.of(kind) : Optional.empty();
    }

    String text(String expected) {
        if (absent) {
            return "";
        }
        if (value instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.TEXT && !scalar.text().isBlank()) {
            return scalar.text().trim();
        }
        problem("is " + value.describe() + ", expected " + expected);
        return "";
    }

    /** A number written as a number, for factors and table values, whose unit stands elsewhere. */
    double number(String expected) {
        if (absent) {
            return 0;
        }
        if (value instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.NUMBER) {
            return parsed(() -> Quantity.number(scalar.text(), expected), 0.0);
        }
        problem("is " + value.describe() + ", expected " + expected);
        return 0;
    }

    double quantity(Dimension dimension) {
        if (absent) {
            return 0;
        }
        if (value instanceof Tree.Scalar scalar && scalar.kind() != Tree.ScalarKind.NULL) {
            return parsed(() -> Quantity.parse(scalar.text(), dimension), 0.0);
        }
        problem("is " + value.describe() + ", expected " + dimension.expectation());
        return 0;
    }

    double fraction() {
        if (absent) {
            return 0;
        }
        if (value instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.NUMBER) {
            return parsed(() -> Quantity.fraction(scalar.text()), 0.0);
        }
        problem("is " + value.describe() + ", expected a fraction between 0 and 1 such as 0.02");
        return 0;
    }

    int integer(int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        int before = problems.count();
        double number = number(expected);
        if (absent || problems.count() > before) {
            return min;
        }
        if (number != Math.rint(number) || number < min || number > max) {
            problem("is " + value.describe() + ", expected " + expected);
            return min;
        }
        return (int) number;
    }

    /** Runs a record's constructor; its refusal becomes a problem here, on the field the message names if it is one. */
    <T> Optional<T> build(Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            onNamedField(e.getMessage()).problem(e.getMessage());
            return Optional.empty();
        }
    }

    private Field onNamedField(String message) {
        String first = message.split("[ :]", 2)[0];
        return optional(first).orElse(this);
    }

    /** Runs a parse of this value; its refusal becomes a problem here and the fallback is returned. */
    <T> T parsed(Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return fallback;
        }
    }

    private Field child(Tree.Mapping mapping, String key) {
        Map<String, Integer> keyLines = mapping.keyLines();
        return new Field(mapping.entries().get(key), join(key), keyLines.get(key), problems, false);
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
