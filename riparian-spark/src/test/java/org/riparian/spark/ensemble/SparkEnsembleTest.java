package org.riparian.spark.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.analysis.ensemble.Quantiles;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.time.StepKind;
import picocli.CommandLine;

/**
 * The Spark job in local mode (two executor threads, real OR-Tools, Java serialization of every outcome) against the
 * single-machine runner: the same traces, seeds and merge order, so the results must be equal exactly, not nearly.
 */
class SparkEnsembleTest {

    private static final int TRACES = 24;
    private static final long SEED = 20261201;

    /** One year of decades on the shipped Aral basin with Kambar-Ata-1 built, so a scenario travels to the executors. */
    private static final EnsembleSpec SPEC = new EnsembleSpec(EnsembleSpec.SHIPPED_ARAL, List.of("kambarata-1"),
            LocalDate.of(2026, 10, 1), 1, StepKind.DECADE, 0.6, SolverKind.CLP);

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("riparian-ensemble-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkGivesTheSingleMachineEnsembleForTheSameSeed() {
        EnsembleResult onSpark = SparkEnsemble.run(spark, SPEC, TRACES, SEED, 5);
        EnsembleResult onOneMachine = SPEC.build().run(TRACES, SEED, 2, Progress.NONE);

        assertThat(onSpark.traces()).isEqualTo(TRACES);
        assertThat(onSpark).isEqualTo(onOneMachine);
        // Equal and not trivially so: the traces differ, so an outcome in the wrong order or from the wrong seed shows.
        Quantiles northAral = onSpark.terminalInflowHm3().values().iterator().next();
        assertThat(northAral.max()).isGreaterThan(northAral.min());
        assertThat(onSpark.energyGwh()).containsKey(EnsembleResult.TOTAL);
    }

    @Test
    void theJobWritesTheEnsembleJsonOfTheCommand(@TempDir Path out) throws IOException {
        SparkEnsembleJob job = new SparkEnsembleJob();
        new CommandLine(job).parseArgs("--traces", "4", "--season", "2026-2027", "--scenario", "rogun", "--seed", "3",
                "--partitions", "2", "--out", out.toString());
        Path written = job.runOn(spark, job.spec());

        JsonNode json = new ObjectMapper().readTree(written.toFile());
        assertThat(json.at("/run/traces").asInt()).isEqualTo(4);
        assertThat(json.at("/run/scenarios/0").asText()).isEqualTo("rogun");
        assertThat(json.get("countries")).isNotEmpty();
        assertThat(json.get("demands").get(0).has("reliability")).isTrue();
        List<String> figures = new ArrayList<>();
        json.get("distributions").forEach(row -> figures.add(row.get("figure").asText()));
        assertThat(figures).contains("terminal_inflow_hm3", "energy_gwh");
        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("ensemble.json");
        }
    }

    @Test
    void thePartitioningDoesNotChangeTheResult() {
        EnsembleResult onePartition = SparkEnsemble.run(spark, SPEC, 6, SEED, 1);
        EnsembleResult sixPartitions = SparkEnsemble.run(spark, SPEC, 6, SEED, 6);
        assertThat(sixPartitions).isEqualTo(onePartition);
    }
}
