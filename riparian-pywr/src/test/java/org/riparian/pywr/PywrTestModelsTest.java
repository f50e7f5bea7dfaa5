package org.riparian.pywr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.engine.lp.SolverKind;

/**
 * Every model of Pywr's own test suite ({@code src/test/resources/pywr-next-tests}, a copy of the shared set with its MIT licence, or {@code -Dpywr.tests=DIR}) run on
 * Riparian, on GLOP and on CLP, and each output compared with Pywr's expected file cell by cell: text equal, numbers
 * within 1e-8. A model listed in {@link #REPRODUCED} must reproduce Pywr; any other model file found there must
 * reproduce it or be refused with an "unsupported … of type …" error; a wrong number never passes quietly.
 */
class PywrTestModelsTest {

    private static final double EPSILON = 1e-8;
    private static final Path MODELS = Path.of(System.getProperty("pywr.tests", "src/test/resources/pywr-next-tests"));

    /** Every model that reproduces Pywr today: one of them turning "unsupported" or wrong fails the test. */
    private static final Set<String> REPRODUCED = Set.of("abstraction1.json", "agg-storage1.json", "csv1.json",
            "daily-profile1.json", "deficit-agg1.json", "delay1.json", "flow-agg1.json", "local-parameter1.json",
            "loss_link1.json", "mutual-exclusivity1.json", "piecewise_link1.json", "piecewise_storage1.json",
            "piecewise_storage3.json", "reservoir_with_river1.json", "reservoir_with_spill1.json",
            "river_gauge1.json", "river_split_with_gauge1.json", "seasonal-vs1.json", "tbl-formats1.json",
            "timeseries.json", "timeseries3.json", "timeseries5.json", "turbine1.json", "vs-with-wtw1.json",
            "wtw1.json");

    @TempDir
    Path out;

    @Test
    void everyModelReproducesPywrOrIsRefusedClearly() throws IOException {
        assertThat(MODELS).as("Pywr's test models, shipped with riparian-pywr's tests").isDirectory();
        Map<String, String> outcomes = new TreeMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path model : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                outcomes.put(model.getFileName().toString(), outcome(model));
            }
        }
        long passed = outcomes.values().stream().filter("pass"::equals).count();
        System.out.printf("Pywr test models: %d of %d reproduce Pywr's results on GLOP and on CLP%n", passed,
                outcomes.size());
        outcomes.forEach((model, outcome) -> System.out.printf("  %-32s %s%n", model, outcome));
        assertThat(outcomes.keySet()).as("Pywr test models present").containsAll(REPRODUCED);
        assertThat(outcomes).allSatisfy((model, outcome) -> assertThat(outcome).as(model)
                .matches(REPRODUCED.contains(model) ? "pass" : "pass|unsupported: .*unsupported .* of type .*"));
    }

    /** "pass" when the model reproduces Pywr on every LP solver, otherwise the first solver's failure. */
    private String outcome(Path model) {
        for (SolverKind solver : List.of(SolverKind.GLOP, SolverKind.CLP)) {
            String outcome = outcome(model, solver);
            if (!outcome.equals("pass")) {
                return outcome.startsWith("unsupported") ? outcome : solver + " " + outcome;
            }
        }
        return "pass";
    }

    private String outcome(Path model, SolverKind solver) {
        Path folder = out.resolve(model.getFileName().toString() + "-" + solver);
        try {
            PywrModel pywr = PywrModel.read(model);
            CsvOutputs.write(pywr, PywrRun.run(pywr, solver), folder);
            List<String> mismatches = new ArrayList<>();
            for (OutputSpec output : pywr.outputs()) {
                mismatches.addAll(compare(MODELS.resolve(output.fileName()), folder.resolve(output.fileName())));
            }
            return mismatches.isEmpty() ? "pass" : "WRONG: " + mismatches.get(0);
        } catch (UnsupportedPywrFeatureException e) {
            return "unsupported: " + e.getMessage();
        } catch (RuntimeException | IOException e) {
            return "ERROR: " + e;
        }
    }

    private static List<String> compare(Path expectedFile, Path actualFile) throws IOException {
        List<String[]> expected = rows(expectedFile);
        List<String[]> actual = rows(actualFile);
        List<String> mismatches = new ArrayList<>();
        if (expected.size() != actual.size()) {
            mismatches.add(expectedFile.getFileName() + ": " + actual.size() + " rows, expected " + expected.size());
            return mismatches;
        }
        for (int r = 0; r < expected.size(); r++) {
            String[] want = expected.get(r);
            String[] got = actual.get(r);
            if (want.length != got.length) {
                mismatches.add(expectedFile.getFileName() + " row " + r + ": " + got.length + " columns");
                continue;
            }
            for (int c = 0; c < want.length; c++) {
                if (!same(want[c], got[c])) {
                    mismatches.add(expectedFile.getFileName() + " row " + (r + 1) + ": " + String.join(",", got)
                            + " expected " + String.join(",", want));
                    break;
                }
            }
        }
        return mismatches;
    }

    private static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return Math.abs(Double.parseDouble(expected) - Double.parseDouble(actual)) <= EPSILON;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(file.toFile())) {
            return lines.readAll().stream().filter(line -> !(line.length == 1 && line[0].isEmpty())).toList();
        }
    }
}
