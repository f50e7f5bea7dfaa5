package org.riparian.server.bulletin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.riparian.server.compliance.SyntheticNotice;

/** The bulletin's tables as one CSV: a column naming the table, its headings as they are, missing numbers as empty cells. */
public final class BulletinCsv {

    private BulletinCsv() {
    }

    public static String of(Bulletin bulletin) {
        StringBuilder csv = new StringBuilder();
        csv.append("# ").append(bulletin.title()).append('\n');
        if (bulletin.synthetic()) {
            csv.append("# ").append(SyntheticNotice.TEXT).append('\n');
        }
        for (Table table : bulletin.tables()) {
            csv.append(line("table", table.headers())).append('\n');
            for (List<Table.Cell> row : table.rows()) {
                csv.append(quote(table.name())).append(',').append(row.stream().map(BulletinCsv::cell).collect(Collectors.joining(","))).append('\n');
            }
        }
        return csv.toString();
    }

    private static String line(String first, List<String> headers) {
        return quote(first) + "," + headers.stream().map(BulletinCsv::quote).collect(Collectors.joining(","));
    }

    private static String cell(Table.Cell cell) {
        if (cell instanceof Table.Number number) {
            return number.value().map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("");
        }
        return quote(((Table.Text) cell).text());
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains(";") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
