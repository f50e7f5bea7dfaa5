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
        if (field instanceof PropertiesField properties && segments.size() == 2) {
            for (PropertiesField.Key key : properties.keys()) {
                if (key.name().equals(segments.get(1))) {
                    return new Sql(alias + "." + key.column(), key.column().equals("open_data") ? Kind.BOOLEAN : Kind.TEXT);
                }
            }
        }
        throw new InvalidInputException(option, "'" + String.join("/", segments) + "' cannot be compared or sorted: it is JSON");
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
        Sql left = render(type, alias, asTime(binary.left(), binary.right(), type, alias));
        Sql right = render(type, alias, asTime(binary.right(), binary.left(), type, alias));
        if (left.kind() != right.kind()) {
            throw new InvalidInputException("$filter", "compares a " + left.kind().name().toLowerCase() + " with a "
                    + right.kind().name().toLowerCase() + ", expected two values of one kind");
        }
        return new Sql("(" + left.text() + " " + COMPARISON.get(binary.op()) + " " + right.text() + ")", Kind.BOOLEAN);
    }

    /** A string literal compared with a time is read as a time, with a number as a number (result gt '3'). */
    private Expr asTime(Expr expr, Expr other, EntityType type, String alias) {
        if (expr instanceof Expr.Literal literal && literal.value() instanceof String text && other instanceof Expr.Path path) {
            Kind kind = path(type, alias, path, "$filter").kind();
            if (kind == Kind.TIME) {
                return new Expr.Literal(new Expr.Time(Times.parse(text, "$filter")));
            }
            if (kind == Kind.NUMBER) {
                try {
                    return new Expr.Literal(Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("$filter", "'" + Times.abbreviate(text) + "' is compared with a number but is not one");
                }
            }
        }
        return expr;
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
