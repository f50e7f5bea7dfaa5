package org.riparian.pywr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Pywr's test models converted to basin files: each is refused naming what does not map (node, parameter or section
 * and its type), or written and read back by the basin reader; where it maps without a warning, the basin run on the
 * priority engine delivers to every demand what the Pywr run delivers to its Output, step by step.
 */
class BasinConversionTest {

    /** The priority engine's own tolerance: mass balance closes to 1e-6 of the step's largest flow. */
    private static final double TOLERANCE_HM3 = 1e-6;
    private static final Path MODELS = Path.of(System.getProperty("pywr.tests", "src/test/resources/pywr-next-tests"));
    /** Models that map with no warning, so their results must agree; one dropping out of this set fails the test. */
    private static final List<String> SAME_RESULTS = List.of("csv1.json", "daily-profile1.json", "deficit-agg1.json",
            "flow-agg1.json", "local-parameter1.json", "river_gauge1.json", "tbl-formats1.json", "timeseries.json");

    @TempDir
    Path work;

    @Test
    void everyTestModelConvertsOrIsRefusedNamingWhatDoesNotMap() throws IOException {
        assertThat(MODELS).as("Pywr's test models, shipped with riparian-pywr's tests").isDirectory();
        copyModels();
        Map<String, String> outcomes = new TreeMap<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path model : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                outcomes.put(model.getFileName().toString(), outcome(model));
            }
        }
        System.out.println("Pywr test models as basin files:");
        outcomes.forEach((model, outcome) -> System.out.printf("  %-32s %s%n", model, outcome));
        assertThat(outcomes).allSatisfy((model, outcome) -> assertThat(outcome).as(model)
                .matches("same results|written with warnings: .*|refused: (?s).*(of type|scenarios|time step).*"));
        SAME_RESULTS.forEach(model -> assertThat(outcomes).containsEntry(model, "same results"));
    }

    private void copyModels() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.toList()) {
                Files.copy(file, work.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String outcome(Path model) throws IOException {
        BasinConversion.Result result;
        try {
            result = BasinConversion.convert(model);
        } catch (PywrModelException e) {
            return "refused: " + e.getMessage();
        }
        Path basinFile = model.resolveSibling(model.getFileName().toString().replace(".json", ".basin.yaml"));
        Files.writeString(basinFile, result.yaml());
        Basin basin = BasinFileReader.read(basinFile);
        if (!result.warnings().isEmpty()) {
            return "written with warnings: " + String.join("; ", result.warnings());
        }
        List<String> differences = compare(model, basin);
        return differences.isEmpty() ? "same results" : "DIFFERENT: " + differences.get(0);
    }

    /** Each Output's inflow per step in the Pywr run against the intake of its demand in the basin run. */
    private List<String> compare(Path model, Basin basin) throws IOException {
        PywrModel pywr = PywrModel.read(withEveryNodeRecorded(model));
        List<PywrRun.Row> rows = PywrRun.run(pywr).get("every-node");
        TimeAxis axis = TimeAxis.of(StepKind.DAY, pywr.start(), pywr.end().plusDays(1));
        SimulationResult run = Simulation.run(basin.prepare(Optional.empty(), List.of()), axis);
        List<String> differences = new ArrayList<>();
        for (PywrRun.Row row : rows) {
            if (pywr.node(row.name()).type.equals("Output") && row.attribute().equals("Inflow")) {
                int step = (int) (row.start().toEpochDay() - pywr.start().toEpochDay());
                double delivered = run.deliveredHm3(step, run.nodeIndex(row.name()));
                if (Math.abs(delivered - row.value()) > TOLERANCE_HM3) {
                    differences.add(row.name() + " on " + row.start() + ": basin " + delivered + ", Pywr "
                            + row.value());
                }
            }
        }
        return differences;
    }

    /** A copy of the model beside it that also records every node, so the comparison sees all Outputs. */
    private static Path withEveryNodeRecorded(Path model) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(model.toFile());
        ObjectNode network = (ObjectNode) root.path("network");
        network.withArray("metric_sets").addObject().put("name", "every-node").putObject("filters")
                .put("all_nodes", true);
        network.withArray("outputs").addObject().put("name", "every-node").put("type", "CSV")
                .put("filename", "every-node.csv").put("metric_set", "every-node");
        Path copy = model.resolveSibling(model.getFileName().toString().replace(".json", ".every-node.jsonc"));
        json.writeValue(copy.toFile(), root);
        return copy;
    }
}
