package org.riparian.pywr;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each of a model's outputs under the file name it gives, in Pywr's layout. Long: one row per step and metric,
 * {@code time_start,time_end,simulation_id,label,metric_set,name,attribute,value}. Wide: four header rows (node,
 * attribute, simulation_id, label) and one row per step. Each file is written whole to a temporary file and moved.
 */
public final class CsvOutputs {

    private CsvOutputs() {
    }

    /** Writes every output into {@code folder}; returns the files written. */
    public static List<Path> write(PywrModel model, Map<String, List<PywrRun.Row>> rows, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (OutputSpec output : model.outputs()) {
                List<PywrRun.Row> outputRows = new ArrayList<>();
                output.metricSets().forEach(set -> outputRows.addAll(rows.getOrDefault(set, List.of())));
                Path file = folder.resolve(output.fileName());
                Path partial = folder.resolve(output.fileName() + ".partial");
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    if (output.wide()) {
                        writeWide(writer, outputRows, output.decimalPlaces());
                    } else {
                        writeLong(writer, sortedByStep(outputRows), output.decimalPlaces());
                    }
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.add(file);
            }
        } catch (IOException e) {
            throw new PywrModelException("cannot write outputs to " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Rows of several metric sets interleaved step by step, as Pywr writes them. */
    private static List<PywrRun.Row> sortedByStep(List<PywrRun.Row> rows) {
        Map<LocalDate, List<PywrRun.Row>> byStep = new java.util.TreeMap<>();
        rows.forEach(row -> byStep.computeIfAbsent(row.start(), k -> new ArrayList<>()).add(row));
        return byStep.values().stream().flatMap(List::stream).toList();
    }

    private static void writeLong(Writer writer, List<PywrRun.Row> rows, Integer places) throws IOException {
        writer.write("time_start,time_end,simulation_id,label,metric_set,name,attribute,value\n");
        for (PywrRun.Row row : rows) {
            writer.write(row.start() + "T00:00:00," + row.end() + "T00:00:00," + row.simulation() + ","
                    + field(row.label()) + "," + field(row.metricSet()) + ","
                    + field(row.name()) + "," + field(row.attribute()) + "," + number(row.value(), places) + "\n");
        }
    }

    private static void writeWide(Writer writer, List<PywrRun.Row> rows, Integer places) throws IOException {
        Map<LocalDate, List<PywrRun.Row>> byStep = new LinkedHashMap<>();
        rows.forEach(row -> byStep.computeIfAbsent(row.start(), k -> new ArrayList<>()).add(row));
        List<PywrRun.Row> first = byStep.values().iterator().next();
        writer.write("node," + String.join(",", first.stream().map(r -> field(r.name())).toList()) + "\n");
        writer.write("attribute," + String.join(",", first.stream().map(r -> field(r.attribute())).toList()) + "\n");
        writer.write("simulation_id," + String.join(",", first.stream().map(r -> "" + r.simulation()).toList()) + "\n");
        writer.write("label," + String.join(",", first.stream().map(r -> field(r.label())).toList()) + "\n");
        for (Map.Entry<LocalDate, List<PywrRun.Row>> step : byStep.entrySet()) {
            writer.write(step.getKey() + "T00:00:00,"
                    + String.join(",", step.getValue().stream().map(r -> number(r.value(), places)).toList()) + "\n");
        }
    }

    private static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains(" ")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String number(double value, Integer places) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (places != null) {
            return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        }
        return Double.toString(value);
    }
}
