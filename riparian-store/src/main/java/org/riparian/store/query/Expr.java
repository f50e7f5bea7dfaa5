package org.riparian.store.query;

import java.util.List;

/** A parsed {@code $filter} expression. */
public sealed interface Expr {

    /** A string, number, boolean, null or time (epoch milliseconds in {@link Time}). */
    record Literal(Object value) implements Expr {
    }

    /** A time literal, such as {@code 2026-04-01T00:00:00Z}. */
    record Time(long epochMs) {
    }

    /** A property, possibly through to-one navigations: {@code Datastream/Thing/name}. */
    record Path(List<String> segments) implements Expr {
    }

    /** {@code left op right} with op one of eq ne gt ge lt le, and or, add sub mul div mod. */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    record Not(Expr operand) implements Expr {
    }

    /** A function call such as {@code startswith(name, 'Naryn')}. */
    record Call(String function, List<Expr> arguments) implements Expr {
    }
}
