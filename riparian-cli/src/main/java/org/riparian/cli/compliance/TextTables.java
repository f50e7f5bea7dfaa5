package org.riparian.cli.compliance;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.riparian.server.bulletin.Bulletin;
import org.riparian.server.bulletin.Section;
import org.riparian.server.bulletin.Table;
import org.riparian.server.compliance.SyntheticNotice;

/**
 * The bulletin's tables for a terminal, a section per river basin: columns padded to their widest cell, numbers with
 * one decimal, missing ones as "no data".
 */
final class TextTables {

    private TextTables() {
    }

    static void print(Bulletin bulletin, PrintWriter out) {
        out.println(bulletin.title());
        out.println(bulletin.subtitle());
        if (bulletin.synthetic()) {
            out.println("*** " + SyntheticNotice.TEXT + " ***");
        }
        for (Section section : bulletin.sections()) {
            out.println();
            out.println("== " + section.title() + " ==");
            section.tables().forEach(table -> print(table, out));
        }
        out.flush();
    }

    private static void print(Table table, PrintWriter out) {
        out.println();
        out.println(table.title());
        if (table.rows().isEmpty()) {
            out.println("  none");
            return;
        }
        List<List<String>> cells = new ArrayList<>(List.of(table.headers()));
        table.rows().forEach(row -> cells.add(row.stream().map(TextTables::text).toList()));
        int[] widths = new int[table.headers().size()];
        cells.forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        cells.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int c = 0; c < row.size(); c++) {
            line.append(' ').append(String.format("%-" + widths[c] + "s", row.get(c)));
        }
        return line.toString().stripTrailing();
    }

    private static String text(Table.Cell cell) {
        if (cell instanceof Table.Number number) {
            return number.value().map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("no data");
        }
        return ((Table.Text) cell).text();
    }
}
