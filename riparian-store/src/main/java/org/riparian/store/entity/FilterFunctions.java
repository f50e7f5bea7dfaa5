package org.riparian.store.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.riparian.store.InvalidInputException;
import org.riparian.store.entity.FilterSql.Sql;
import org.riparian.store.entity.Field.Kind;
import org.riparian.store.query.Expr;

/** The string and number functions of {@code $filter}, rendered in SQL that H2 and PostgreSQL both run. */
final class FilterFunctions {

    private FilterFunctions() {
    }

    static Sql render(Expr.Call call, Function<Expr, Sql> renderer) {
        List<Sql> args = new ArrayList<>();
        call.arguments().forEach(argument -> args.add(renderer.apply(argument)));
        return switch (call.function()) {
            case "startswith" -> bool("(left(%1$s, length(%2$s)) = %2$s)", call, args, Kind.TEXT, Kind.TEXT);
            case "endswith" -> bool("(right(%1$s, length(%2$s)) = %2$s)", call, args, Kind.TEXT, Kind.TEXT);
            case "substringof" -> bool("(position(%1$s in %2$s) > 0)", call, args, Kind.TEXT, Kind.TEXT);
            case "contains" -> bool("(position(%2$s in %1$s) > 0)", call, args, Kind.TEXT, Kind.TEXT);
            case "length" -> typed("char_length(%1$s)", Kind.NUMBER, call, args, Kind.TEXT);
            case "indexof" -> typed("(position(%2$s in %1$s) - 1)", Kind.NUMBER, call, args, Kind.TEXT, Kind.TEXT);
            case "tolower" -> typed("lower(%1$s)", Kind.TEXT, call, args, Kind.TEXT);
            case "toupper" -> typed("upper(%1$s)", Kind.TEXT, call, args, Kind.TEXT);
            case "trim" -> typed("trim(%1$s)", Kind.TEXT, call, args, Kind.TEXT);
            case "concat" -> typed("(%1$s || %2$s)", Kind.TEXT, call, args, Kind.TEXT, Kind.TEXT);
            case "round" -> typed("round(%1$s)", Kind.NUMBER, call, args, Kind.NUMBER);
            case "floor" -> typed("floor(%1$s)", Kind.NUMBER, call, args, Kind.NUMBER);
            case "ceiling" -> typed("ceiling(%1$s)", Kind.NUMBER, call, args, Kind.NUMBER);
            default -> throw new InvalidInputException("$filter", "function '" + call.function()
                    + "' is not supported, expected one of startswith, endswith, substringof, contains, length, indexof, tolower, toupper, trim, concat, round, floor, ceiling");
        };
    }

    private static Sql bool(String template, Expr.Call call, List<Sql> args, Kind... kinds) {
        return typed(template, Kind.BOOLEAN, call, args, kinds);
    }

    private static Sql typed(String template, Kind result, Expr.Call call, List<Sql> args, Kind... kinds) {
        if (args.size() != kinds.length) {
            throw new InvalidInputException("$filter", call.function() + "() takes " + kinds.length + " argument(s), found " + args.size());
        }
        for (int i = 0; i < kinds.length; i++) {
            if (args.get(i).kind() != kinds[i]) {
                throw new InvalidInputException("$filter", call.function() + "() argument " + (i + 1) + " must be a "
                        + kinds[i].name().toLowerCase() + ", found a " + args.get(i).kind().name().toLowerCase());
            }
        }
        return new Sql(String.format(template, args.stream().map(Sql::text).toArray()), result);
    }
}
