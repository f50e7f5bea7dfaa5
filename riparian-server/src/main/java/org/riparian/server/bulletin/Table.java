package org.riparian.server.bulletin;

import java.util.List;
import java.util.Optional;

/** One table of the bulletin: a name for its CSV rows, a title, column headings and rows of cells. */
public record Table(String name, String title, List<String> headers, List<List<Cell>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("table " + name + ": a row of " + row.size() + " cells under " + headers.size() + " headings");
            }
        }
    }

    /** A cell: text, or a number that may be missing (shown as "no data", never as 0). */
    public sealed interface Cell permits Text, Number {
    }

    public record Text(String text) implements Cell {
    }

    public record Number(Optional<Double> value) implements Cell {
        public static Number of(double value) {
            return new Number(Optional.of(value));
        }
    }
}
