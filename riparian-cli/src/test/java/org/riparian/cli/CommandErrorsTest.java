package org.riparian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riparian.cli.PlanCommandTest.basin;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake ends with a one-line reason and exit code 2 (3 when the model is infeasible), never a stack trace. */
class CommandErrorsTest {

    private static void assertNoStackTrace(CommandRun run) {
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void unknownSeasonIsInvalidInput() {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "summer");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("season 'summer'", "YEAR-vegetation");
        assertNoStackTrace(run);
    }

    @Test
    void missingBasinFileIsInvalidInput() {
        CommandRun run = CommandRun.of("plan", "--basin", "no/such/basin.yaml");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("no/such/basin.yaml");
        assertNoStackTrace(run);
    }

    @Test
    void unknownHydrologyAndScenarioNameTheChoices() {
        CommandRun hydrology = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--hydrology", "soggy");
        assertThat(hydrology.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(hydrology.err()).contains("soggy", "dry", "normal");
        CommandRun scenario = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--scenario", "mars");
        assertThat(scenario.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(scenario.err()).contains("mars", "hot");
    }

    @Test
    void aRecordedYearNeedsRecordedSeries() {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--hydrology", "1990");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("upper_inflow", "no recorded series");
    }

    @Test
    void unknownOptionValuesAreInvalidInput() {
        assertThat(CommandRun.of("plan", "--basin", basin("toy.yaml"), "--step", "week").exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(CommandRun.of("plan", "--basin", basin("toy.yaml"), "--format", "xml").exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(CommandRun.of("plan", "--basin", basin("toy.yaml"), "--solver", "cplex").exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(CommandRun.of("plan", "--no-such-option").exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
    }

    @Test
    void anInfeasibleModelExitsWithThreeAndNamesTheStepAndNode(@TempDir Path out) {
        CommandRun run = CommandRun.of("plan", "--basin", basin("stuck.yaml"), "--season", "2026-vegetation", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INFEASIBLE);
        assertThat(run.err()).contains("2026-04-1", "balance[river]");
        assertThat(out.resolve("allocation.csv")).doesNotExist();
        assertNoStackTrace(run);
    }

    @Test
    void validateReportsEveryProblemWithItsLine() {
        CommandRun run = CommandRun.of("validate", basin("broken.yaml"));
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("broken.yaml:4:", "broken.yaml:7:", "nowhere");
        assertNoStackTrace(run);
    }

    @Test
    void validateAcceptsAGoodFile() {
        CommandRun run = CommandRun.of("validate", basin("toy.yaml"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid");
    }

    @Test
    void aBrokenBasinGivenToPlanListsItsProblems() {
        CommandRun run = CommandRun.of("plan", "--basin", basin("broken.yaml"));
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("broken.yaml:");
        assertNoStackTrace(run);
    }

    @Test
    void debugShowsTheStackTrace() {
        CommandRun run = CommandRun.of("plan", "--debug", "--basin", basin("stuck.yaml"), "--season", "2026-vegetation");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INFEASIBLE);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void outputIntoAFileInsteadOfAFolderFailsCleanly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("cannot write the plan");
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
