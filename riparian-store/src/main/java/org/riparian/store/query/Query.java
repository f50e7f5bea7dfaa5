package org.riparian.store.query;

import java.util.List;
import java.util.Optional;
import org.riparian.store.InvalidInputException;

/** What a read asks for: a filter, an order, a page ({@code top} after {@code skip}) and whether to count all matches. */
public record Query(Optional<Expr> filter, List<OrderBy> orderBy, int top, long skip, boolean count) {

    /** The page size when a request names none, and the most a request may ask for. */
    public static final int DEFAULT_TOP = 100;
    public static final int MAX_TOP = 10_000;

    public Query {
        orderBy = List.copyOf(orderBy);
        if (top < 0 || top > MAX_TOP) {
            throw new InvalidInputException("$top", top + ", expected 0 to " + MAX_TOP);
        }
        if (skip < 0) {
            throw new InvalidInputException("$skip", skip + ", expected 0 or more");
        }
    }

    public static Query all() {
        return new Query(Optional.empty(), List.of(), DEFAULT_TOP, 0, false);
    }

    public Query withTop(int newTop) {
        return new Query(filter, orderBy, newTop, skip, count);
    }

    public Query withSkip(long newSkip) {
        return new Query(filter, orderBy, top, newSkip, count);
    }
}
