package org.riparian.store.query;

/** One key of {@code $orderby}: a property path and its direction. */
public record OrderBy(Expr.Path path, boolean descending) {
}
