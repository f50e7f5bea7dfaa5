package org.riparian.cli.coalition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.coalition.CoalitionReport;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;

/**
 * coalitions.json (everything), coalitions.csv (a row per coalition) and shares.csv (a row per country and rule),
 * written together or not at all.
 */
final class CoalitionFiles {

    private CoalitionFiles() {
    }

    static String json(CoalitionReport report) {
        return JsonText.of(report, "the coalition game");
    }

    /** Members joined by '+', so a coalition stays one CSV field. */
    static String coalitionsCsv(CoalitionReport report) {
        StringBuilder csv = new StringBuilder("coalition,size,value_musd\n");
        report.coalitions().forEach(c -> csv.append(String.format(Locale.ROOT, "%s,%d,%.6f%n", String.join("+", c.members()),
                c.members().size(), c.valueMusd())));
        return csv.toString();
    }

    static String sharesCsv(CoalitionReport report) {
        StringBuilder csv = new StringBuilder("rule,country,share_musd,transfer_received_musd,rule_in_core\n");
        for (CoalitionReport.RuleRow rule : report.rules()) {
            rule.split().forEach((country, share) -> csv.append(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%b%n", rule.rule(),
                    country, share, rule.transferReceived().get(country), rule.inCore())));
        }
        return csv.toString();
    }

    static void write(Path directory, CoalitionReport report) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("coalitions.json", json(report));
        files.put("coalitions.csv", coalitionsCsv(report));
        files.put("shares.csv", sharesCsv(report));
        OutputFolder.writeAll(directory, files, "the coalition game");
    }
}
