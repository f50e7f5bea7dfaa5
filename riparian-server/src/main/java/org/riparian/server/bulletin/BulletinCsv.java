package org.riparian.server.bulletin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.riparian.server.compliance.SyntheticNotice;

/**
 * The bulletin's tables as one CSV: columns naming the river basin and the table, then the table's headings as they
 * are; missing numbers as empty cells.
 */
public final class BulletinCsv {

    private BulletinCsv() {
    }

    public static String of(Bulletin bulletin) {
        StringBuilder csv = new StringBuilder();
        csv.append("# ").append(bulletin.title()).append('\n');
        if (bulletin.synthetic()) {
            csv.append("# ").append(SyntheticNotice.TEXT).append('\n');
        }
        for (Section section : bulletin.sections()) {
            for (Table table : section.tables()) {
                csv.append("basin,table,").append(table.headers().stream().map(BulletinCsv::quote).collect(Collectors.joining(","))).append('\n');
                for (List<Table.Cell> row : table.rows()) {
                    csv.append(quote(section.basin())).append(',').append(quote(table.name())).append(',')
                            .append(row.stream().map(BulletinCsv::cell).collect(Collectors.joining(","))).append('\n');
                }
            }
        }
        return csv.toString();
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
