package org.riparian.cli.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.exchange.ExchangeReport;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;

/** exchange.json (everything) and exchange.csv (a row per country), written together or not at all. */
final class ExchangeFiles {

    private ExchangeFiles() {
    }

    static String json(Object report) {
        return JsonText.of(report, "the exchange");
    }

    static String csv(ExchangeReport report) {
        StringBuilder csv = new StringBuilder("country,irrigation_alone_musd,energy_alone_musd,total_alone_musd,"
                + "irrigation_together_musd,energy_together_musd,total_together_musd,energy_produced_alone_gwh,"
                + "energy_produced_together_gwh,settled_musd,transfer_received_musd\n");
        report.countries().forEach(c -> csv.append(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f%n",
                c.country(), c.irrigationAlone(), c.energyAlone(), c.totalAlone(), c.irrigationTogether(), c.energyTogether(),
                c.totalTogether(), c.producedAlone(), c.producedTogether(), c.settled(), c.transfer())));
        return csv.toString();
    }

    static void write(Path directory, ExchangeReport report) {
        Map<String, String> files = Map.of("exchange.json", json(report), "exchange.csv", csv(report));
        OutputFolder.writeAll(directory, files, "the exchange");
    }
}
