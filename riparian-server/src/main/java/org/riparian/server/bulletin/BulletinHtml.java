package org.riparian.server.bulletin;

import java.util.List;
import org.riparian.server.compliance.SyntheticNotice;

/**
 * The bulletin as one self-contained HTML page, a section per river basin: inline CSS, no script, no external asset, so
 * it can be mailed, linked or embedded.
 */
public final class BulletinHtml {

    private static final String STYLE = """
            body{font-family:system-ui,Segoe UI,Helvetica,Arial,sans-serif;margin:1.5rem;color:#1b1f24}
            h1{font-size:1.35rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .2rem;border-bottom:2px solid #1b1f24}
            h3{font-size:1.02rem;margin:1.3rem 0 .4rem}
            p.sub{color:#555;margin:0 0 1rem;font-size:.9rem}
            .synthetic{background:#fff3cd;border:2px solid #b58100;padding:.6rem .8rem;font-weight:600;margin:.8rem 0}
            table{border-collapse:collapse;font-size:.85rem;width:100%}
            th,td{border:1px solid #c9ced6;padding:.25rem .45rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#eef1f5}td.missing{color:#8a8f98;font-style:italic}
            .s-breached{background:#f8d7da}.s-within-tolerance{background:#fff3cd}.s-met{background:#d1e7dd}.s-no-data{color:#8a8f98}
            """;

    private BulletinHtml() {
    }

    public static String of(Bulletin bulletin) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(bulletin.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(bulletin.title())).append("</h1>\n<p class=\"sub\">").append(escape(bulletin.subtitle())).append("</p>\n");
        if (bulletin.synthetic()) {
            html.append("<div class=\"synthetic\">").append(escape(SyntheticNotice.TEXT)).append("</div>\n");
        }
        for (Section section : bulletin.sections()) {
            html.append("<section id=\"").append(escape(section.basin())).append("\"><h2>").append(escape(section.title())).append("</h2>\n");
            section.tables().forEach(table -> table(html, section, table));
            html.append("</section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, Section section, Table table) {
        html.append("<h3 id=\"").append(escape(section.basin() + "-" + table.name())).append("\">").append(escape(table.title())).append("</h3>\n");
        if (table.rows().isEmpty()) {
            html.append("<p class=\"sub\">none</p>\n");
            return;
        }
        html.append("<table><thead><tr>");
        table.headers().forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<Table.Cell> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> cell(html, cell));
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void cell(StringBuilder html, Table.Cell cell) {
        if (cell instanceof Table.Number number) {
            html.append(number.value().map(v -> "<td class=\"n\">" + BulletinPdf.number(v)).orElse("<td class=\"missing\">no data")).append("</td>");
            return;
        }
        String text = ((Table.Text) cell).text();
        String css = List.of("met", "within tolerance", "breached", "no data").contains(text) ? " class=\"s-" + text.replace(' ', '-') + "\"" : "";
        html.append("<td").append(css).append('>').append(escape(text)).append("</td>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
