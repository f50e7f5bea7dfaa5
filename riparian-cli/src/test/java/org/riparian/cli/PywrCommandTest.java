package org.riparian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code riparian pywr run} and {@code convert} on two of Pywr's own test models. */
class PywrCommandTest {

    private static final Path MODELS = Path.of(System.getProperty("pywr.tests", "../riparian-pywr/src/test/resources/pywr-next-tests"));

    @TempDir
    Path out;

    @BeforeEach
    void needsTheModels() {
        assertThat(MODELS).as("Pywr's test models, shipped with riparian-pywr's tests").isDirectory();
    }

    @Test
    void runWritesTheOutputTheModelNames() {
        CommandRun run = CommandRun.of("pywr", "run", MODELS.resolve("timeseries.json").toString(), "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("timeseries-expected.csv")).exists();
    }

    @Test
    void convertWritesABasinFileTheValidatorAccepts() {
        Path basin = out.resolve("daily.yaml");
        CommandRun convert = CommandRun.of("pywr", "convert", MODELS.resolve("daily-profile1.json").toString(),
                "--to", basin.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(CommandRun.of("validate", basin.toString()).exitCode()).isZero();
    }

    @Test
    void convertRefusesWhatHasNoBasinFormNamingItAndWritesNothing() {
        Path basin = out.resolve("turbine.yaml");
        CommandRun convert = CommandRun.of("pywr", "convert", MODELS.resolve("turbine1.json").toString(),
                "--to", basin.toString());
        assertThat(convert.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(convert.err()).contains("node turbine1 of type Turbine").doesNotContain("Exception");
        assertThat(basin).doesNotExist();
    }
}
