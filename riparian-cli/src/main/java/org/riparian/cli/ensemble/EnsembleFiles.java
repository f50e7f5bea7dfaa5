package org.riparian.cli.ensemble;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.ensemble.EnsembleReport;
import org.riparian.analysis.ensemble.Quantiles;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;

/** ensemble.json (everything), demands.csv, countries.csv and distributions.csv, written together or not at all. */
final class EnsembleFiles {

    private EnsembleFiles() {
    }

    static String json(EnsembleReport report) {
        return JsonText.snakeCase(report, "the ensemble");
    }

    static void write(Path directory, EnsembleReport report) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("ensemble.json", json(report));
        files.put("demands.csv", shortageCsv("demand", report.demands()));
        files.put("countries.csv", shortageCsv("country", report.countries()));
        files.put("distributions.csv", distributionsCsv(report.distributions()));
        OutputFolder.writeAll(directory, files, "the ensemble");
    }

    /** An empty resilience cell means no shortage had a next step to end in. */
    static String shortageCsv(String key, List<EnsembleReport.ShortageRow> rows) {
        StringBuilder csv = new StringBuilder(key + ",country,reliability,resilience,mean_shortage_hm3,worst_shortage_hm3,"
                + "mean_shortage_pct,worst_shortage_pct,short_steps,steps\n");
        for (EnsembleReport.ShortageRow row : rows) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%.6f,%s,%.6f,%.6f,%.4f,%.4f,%d,%d%n", row.name(), row.country(),
                    row.reliability(), row.resilience() == null ? "" : String.format(Locale.ROOT, "%.6f", row.resilience()),
                    row.meanShortageHm3(), row.worstShortageHm3(), row.meanShortagePercent(), row.worstShortagePercent(),
                    row.shortSteps(), row.steps()));
        }
        return csv.toString();
    }

    static String distributionsCsv(List<EnsembleReport.DistributionRow> rows) {
        StringBuilder csv = new StringBuilder("figure,of,mean,min,p05,p10,p25,p50,p75,p90,p95,max\n");
        for (EnsembleReport.DistributionRow row : rows) {
            Quantiles q = row.quantiles();
            csv.append(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f%n", row.figure(),
                    row.of(), q.mean(), q.min(), q.p05(), q.p10(), q.p25(), q.p50(), q.p75(), q.p90(), q.p95(), q.max()));
        }
        return csv.toString();
    }
}
