package org.riparian.store.entity;

import org.riparian.store.Times;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.store.InvalidInputException;
import org.riparian.store.entity.Field.Kind;
import org.riparian.store.query.Expr;

/**
 * Renders a {@code $filter} or {@code $orderby} path to SQL over one entity table. Names resolve only to known
 * fields and to-one navigations; every literal becomes a named bound parameter ({@code :f1}, {@code :f2} ...),
 * collected in {@link #parameters()}, so a function may use an argument twice and in any order.
 */
final class FilterSql {

    private static final Map<String, String> COMPARISON = Map.of("eq", "=", "ne", "<>", "gt", ">", "ge", ">=", "lt", "<", "le", "<=");
    private static final Map<String, String> ARITHMETIC = Map.of("add", "+", "sub", "-", "mul", "*", "div", "/", "mod", "%");

    /** A rendered expression and the kind of value it yields. */
    record Sql(String text, Kind kind) {
    }

    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int aliases;

    Map<String, Object> parameters() {
        return parameters;
    }

    String condition(EntityType type, String alias, Expr expr) {
        Sql sql = render(type, alias, expr);
        if (sql.kind() != Kind.BOOLEAN) {
            throw new InvalidInputException("$filter", "is not a condition: it yields a " + sql.kind().name().toLowerCase() + ", expected a comparison such as result gt 100");
        }
        return sql.text();
    }

    Sql path(EntityType type, String alias, Expr.Path path, String option) {
        List<String> segments = path.segments();
        String head = segments.get(0);
        if (segments.size() == 1 && (head.equals("id") || head.equals("@iot.id"))) {
            return new Sql(alias + ".id", Kind.NUMBER);
        }
        var navigation = type.navigation(head);
        if (navigation.isPresent() && segments.size() > 1) {
            if (!(navigation.get().join() instanceof Navigation.Join.Owned owned)) {
                throw new InvalidInputException(option, "'" + head + "' leads to many " + navigation.get().target().setName()
                        + "; only a navigation to one entity may be followed in a path");
            }
            String inner = "x" + (++aliases);
            Sql rest = path(navigation.get().target(), inner, new Expr.Path(segments.subList(1, segments.size())), option);
            return new Sql("(select " + rest.text() + " from " + navigation.get().target().table() + " " + inner
                    + " where " + inner + ".id = " + alias + "." + owned.column() + ")", rest.kind());
        }
        Field field = type.field(head).orElseThrow(() -> new InvalidInputException(option,
                "'" + String.join("/", segments) + "' is not a property of " + type.singular()));
        if (segments.size() == 1 && field.kind() != Kind.JSON) {
            return new Sql(alias + "." + field.column(), field.kind());
        }
        if (segments.size() == 1 && option.equals("$orderby") && !(field instanceof QualityField)) {
            return new Sql(alias + "." + field.column(), Kind.JSON);
        }
        if (segments.size() == 1 && field instanceof JsonField json && !json.objectOnly()) {
            return jsonString(alias + "." + field.column());
        }
        if (field instanceof PropertiesField properties && segments.size() == 2) {
            for (PropertiesField.Key key : properties.keys()) {
                if (key.name().equals(segments.get(1))) {
                    return new Sql(alias + "." + key.column(), key.column().equals("open_data") ? Kind.BOOLEAN : Kind.TEXT);
                }
            }
        }
        throw new InvalidInputException(option, "'" + String.join("/", segments) + "' cannot be compared or sorted: it is JSON");
    }

    /**
     * A property of any JSON value (a sensor's metadata, usually a URL) compared as the string it holds, and as null
     * when it holds anything else. Its stored text is the JSON, so a string is that text without its quotes: exact for
     * strings without quotes, backslashes or control characters, which JSON writes escaped.
     */
    private static Sql jsonString(String column) {
        return new Sql("(case when substring(" + column + ", 1, 1) = '\"' then substring(" + column + ", 2, char_length(" + column
                + ") - 2) end)", Kind.TEXT);
    }

    /**
     * A number as the text a client reads it in: a whole number without a fraction ({@code 10}, as rendered), other
     * numbers in the database's shortest round-trip form ({@code 10.5}).
     */
    private static Sql numberText(Sql number) {
        return new Sql("(case when " + number.text() + " = floor(" + number.text() + ") and abs(" + number.text() + ") <= 9007199254740992"
                + " then cast(cast(" + number.text() + " as bigint) as varchar) else cast(" + number.text() + " as varchar) end)", Kind.TEXT);
    }

    private Sql render(EntityType type, String alias, Expr expr) {
        if (expr instanceof Expr.Path path) {
            return path(type, alias, path, "$filter");
        }
        if (expr instanceof Expr.Literal literal) {
            return literal(literal.value());
        }
        if (expr instanceof Expr.Not not) {
            return new Sql("(not " + condition(type, alias, not.operand()) + ")", Kind.BOOLEAN);
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(type, alias, binary);
        }
        return FilterFunctions.render((Expr.Call) expr, argument -> render(type, alias, argument));
    }

    private Sql binary(EntityType type, String alias, Expr.Binary binary) {
        String op = binary.op();
        if (op.equals("and") || op.equals("or")) {
            return new Sql("(" + condition(type, alias, binary.left()) + " " + op + " " + condition(type, alias, binary.right()) + ")", Kind.BOOLEAN);
        }
        if (ARITHMETIC.containsKey(op)) {
            Sql left = numeric(render(type, alias, binary.left()), op);
            Sql right = numeric(render(type, alias, binary.right()), op);
            return new Sql("(" + left.text() + " " + ARITHMETIC.get(op) + " " + right.text() + ")", Kind.NUMBER);
        }
        return comparison(type, alias, binary);
    }

    private Sql comparison(EntityType type, String alias, Expr.Binary binary) {
        boolean leftNull = binary.left() instanceof Expr.Literal l && l.value() == null;
        boolean rightNull = binary.right() instanceof Expr.Literal r && r.value() == null;
        if (leftNull || rightNull) {
            if (!binary.op().equals("eq") && !binary.op().equals("ne")) {
                throw new InvalidInputException("$filter", "null may only be compared with eq or ne");
            }
            Sql other = render(type, alias, leftNull ? binary.right() : binary.left());
            return new Sql("(" + other.text() + (binary.op().equals("eq") ? " is null)" : " is not null)"), Kind.BOOLEAN);
        }
        Sql left = textIfComparedWithString(render(type, alias, asTime(binary.left(), binary.right(), type, alias)), binary.right());
        Sql right = textIfComparedWithString(render(type, alias, asTime(binary.right(), binary.left(), type, alias)), binary.left());
        if (left.kind() != right.kind()) {
            throw new InvalidInputException("$filter", "compares a " + left.kind().name().toLowerCase() + " with a "
                    + right.kind().name().toLowerCase() + ", expected two values of one kind");
        }
        return new Sql("(" + left.text() + " " + COMPARISON.get(binary.op()) + " " + right.text() + ")", Kind.BOOLEAN);
    }

    /** A string literal compared with a time is read as a time ({@code phenomenonTime gt '2026-04-01T00:00:00Z'}). */
    private Expr asTime(Expr expr, Expr other, EntityType type, String alias) {
        if (expr instanceof Expr.Literal literal && literal.value() instanceof String text && other instanceof Expr.Path path
                && path(type, alias, path, "$filter").kind() == Kind.TIME) {
            return new Expr.Literal(new Expr.Time(Times.parse(text, "$filter")));
        }
        return expr;
    }

    /**
     * A number compared with a string literal is compared as text, as the standard's suite expects of a result (whose
     * type is any): {@code result gt '3'} holds for 4 and 30 but not for 10, the strings ordering as strings. Riparian
     * does not turn the string into a number: {@code result gt 3} is the numeric comparison.
     */
    private static Sql textIfComparedWithString(Sql sql, Expr other) {
        boolean string = other instanceof Expr.Literal literal && literal.value() instanceof String;
        return string && sql.kind() == Kind.NUMBER ? numberText(sql) : sql;
    }

    private Sql literal(Object value) {
        String name = "f" + (parameters.size() + 1);
        if (value instanceof Expr.Time time) {
            parameters.put(name, time.epochMs());
            return new Sql(":" + name, Kind.TIME);
        }
        parameters.put(name, value);
        if (value instanceof String) {
            return new Sql("cast(:" + name + " as varchar)", Kind.TEXT);
        }
        if (value instanceof Boolean) {
            return new Sql(":" + name, Kind.BOOLEAN);
        }
        return new Sql("cast(:" + name + " as double precision)", Kind.NUMBER);
    }

    private static Sql numeric(Sql sql, String op) {
        if (sql.kind() != Kind.NUMBER) {
            throw new InvalidInputException("$filter", "'" + op + "' needs numbers, found a " + sql.kind().name().toLowerCase());
        }
        return sql;
    }
}
