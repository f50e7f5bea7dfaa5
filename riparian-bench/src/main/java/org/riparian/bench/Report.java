package org.riparian.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** The harness's results with the machine they ran on: printed as tables, written as JSON and CSV. */
public record Report(String date, Machine machine, int warmupRuns, int measuredRuns, long seed,
        double overheadTarget, double aralYearTargetMs, double sumOfWorstImbalances, List<CaseResult> results) {

    public static final double OVERHEAD_TARGET = 1.3;
    public static final double ARAL_YEAR_TARGET_MS = 1000;

    /** Where the benchmark ran. */
    public record Machine(int cores, String java, String vm, String os, String arch, long maxHeapMb) {

        static Machine current() {
            Runtime runtime = Runtime.getRuntime();
            return new Machine(runtime.availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("os.arch"), runtime.maxMemory() >> 20);
        }
    }

    static Report of(OffsetDateTime started, int warmupRuns, int measuredRuns, List<CaseResult> results, double sink) {
        return new Report(started.toString(), Machine.current(), warmupRuns, measuredRuns, Workloads.SEED,
                OVERHEAD_TARGET, ARAL_YEAR_TARGET_MS, sink, results);
    }

    void print(PrintStream out) {
        Tables.print(this, out);
    }

    void write(Path json) throws IOException {
        Path parent = json.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), this);
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = csv.schemaFor(CaseResult.class).withHeader();
        csv.writer(schema).writeValue(csvPath(json).toFile(), results);
    }

    /** {@code results.json} → {@code results.csv}; any other name gets {@code .csv} appended. */
    static Path csvPath(Path json) {
        String name = json.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(base + ".csv");
    }
}
