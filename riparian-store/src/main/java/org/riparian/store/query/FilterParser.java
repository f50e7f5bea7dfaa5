package org.riparian.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Times;

/**
 * Parses the OData {@code $filter} language the standard uses: comparisons, {@code and or not}, arithmetic,
 * parentheses, string, number, boolean, null and time literals, and function calls. Errors name the position.
 */
public final class FilterParser {

    private static final int MAX_LENGTH = 4000;
    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");

    private final List<FilterToken> tokens;
    private int next;

    private FilterParser(List<FilterToken> tokens) {
        this.tokens = tokens;
    }

    public static Expr parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("$filter", "is " + text.length() + " characters long, expected at most " + MAX_LENGTH);
        }
        FilterParser parser = new FilterParser(FilterToken.scan(text));
        Expr expr = parser.or();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek().text() + "'");
        }
        return expr;
    }

    /** {@code $orderby}: comma-separated paths, each optionally followed by asc or desc. */
    public static List<OrderBy> parseOrderBy(String text) {
        List<OrderBy> keys = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2
                    || words.length == 2 && !words[1].equals("asc") && !words[1].equals("desc")) {
                throw new InvalidInputException("$orderby", "'" + Times.abbreviate(part.trim()) + "', expected a property optionally followed by asc or desc");
            }
            keys.add(new OrderBy(path(words[0], "$orderby"), words.length == 2 && words[1].equals("desc")));
        }
        return keys;
    }

    private Expr or() {
        Expr left = and();
        while (accept("or")) {
            left = new Expr.Binary("or", left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (accept("and")) {
            left = new Expr.Binary("and", left, not());
        }
        return left;
    }

    private Expr not() {
        return accept("not") ? new Expr.Not(not()) : comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        if (!atEnd() && COMPARISONS.contains(peek().text())) {
            String op = take().text();
            return new Expr.Binary(op, left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (!atEnd() && (peek().is("add") || peek().is("sub"))) {
            String op = take().text();
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = primary();
        while (!atEnd() && (peek().is("mul") || peek().is("div") || peek().is("mod"))) {
            String op = take().text();
            left = new Expr.Binary(op, left, primary());
        }
        return left;
    }

    private Expr primary() {
        if (atEnd()) {
            throw error("the expression ends too early");
        }
        FilterToken token = take();
        switch (token.kind()) {
            case OPEN -> {
                Expr inner = or();
                expect(FilterToken.Kind.CLOSE, "')'");
                return inner;
            }
            case STRING -> {
                return new Expr.Literal(token.text());
            }
            case NUMBER -> {
                return new Expr.Literal(Double.parseDouble(token.text()));
            }
            case TIME -> {
                return new Expr.Literal(new Expr.Time(Times.parse(token.text(), "$filter")));
            }
            case WORD -> {
                return word(token);
            }
            default -> throw error("unexpected '" + token.text() + "'");
        }
    }

    private Expr word(FilterToken token) {
        switch (token.text()) {
            case "true", "false" -> {
                return new Expr.Literal(Boolean.valueOf(token.text()));
            }
            case "null" -> {
                return new Expr.Literal(null);
            }
            default -> {
                if (!atEnd() && peek().kind() == FilterToken.Kind.OPEN) {
                    take();
                    List<Expr> arguments = new ArrayList<>();
                    if (atEnd() || peek().kind() != FilterToken.Kind.CLOSE) {
                        do {
                            arguments.add(or());
                        } while (acceptKind(FilterToken.Kind.COMMA));
                    }
                    expect(FilterToken.Kind.CLOSE, "')' closing " + token.text() + "(");
                    return new Expr.Call(token.text(), arguments);
                }
                return path(token.text(), "$filter");
            }
        }
    }

    private static Expr.Path path(String text, String option) {
        List<String> segments = List.of(text.split("/", -1));
        for (String segment : segments) {
            if (!segment.matches("@?[A-Za-z][A-Za-z0-9_.]*")) {
                throw new InvalidInputException(option, "'" + Times.abbreviate(text) + "' is not a property path");
            }
        }
        return new Expr.Path(segments);
    }

    private boolean accept(String word) {
        if (!atEnd() && peek().is(word)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptKind(FilterToken.Kind kind) {
        if (!atEnd() && peek().kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(FilterToken.Kind kind, String what) {
        if (!acceptKind(kind)) {
            throw error("expected " + what);
        }
    }

    private boolean atEnd() {
        return next >= tokens.size();
    }

    private FilterToken peek() {
        return tokens.get(next);
    }

    private FilterToken take() {
        return tokens.get(next++);
    }

    private InvalidInputException error(String message) {
        int at = atEnd() ? (tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end()) : peek().start();
        return new InvalidInputException("$filter", message + " at character " + (at + 1));
    }
}
