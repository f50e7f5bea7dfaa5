package org.riparian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riparian.cli.PlanCommandTest.basin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The toy basin has no economic values, so every coalition is worth nothing and every rule splits nothing. */
class ShapleyCommandTest {

    @Test
    void writesEveryCoalitionEveryRuleAndTheCoreCheck(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("shapley", "--basin", basin("toy.yaml"), "--season", "2026-2027", "--players", "KGZ,UZB",
                "--propose", "KGZ=0,UZB=0", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("coalitions.json").toFile());
        assertThat(report.at("/coalitions").size()).isEqualTo(3);
        assertThat(report.at("/countries/0/country").asText()).isEqualTo("KGZ");
        assertThat(report.at("/core_non_empty").asBoolean()).isTrue();
        assertThat(report.at("/rules").findValuesAsText("rule")).contains("shapley", "nucleolus", "equal gains", "user table");
        for (JsonNode rule : report.at("/rules")) {
            assertThat(rule.at("/in_core").asBoolean()).as(rule.at("/rule").asText()).isTrue();
        }
        assertThat(Files.readAllLines(out.resolve("coalitions.csv"))).first().isEqualTo("coalition,size,value_musd");
        assertThat(Files.readAllLines(out.resolve("coalitions.csv"))).contains("KGZ+UZB,2,0.000000");
        assertThat(Files.readAllLines(out.resolve("shares.csv")).get(0)).startsWith("rule,country,share_musd");
        assertThat(run.out()).contains("Shapley", "nucleolus", "in the core");
    }

    @Test
    void robustRunRepeatsTheGameForEachHydrology() throws IOException {
        CommandRun run = CommandRun.of("shapley", "--basin", basin("toy.yaml"), "--season", "2026-2027", "--robust", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/run/players").size()).isEqualTo(2);
        assertThat(report.at("/robustness").findValuesAsText("hydrology")).isNotEmpty();
    }

    @Test
    void aPlayerOutsideTheBasinIsInvalidInput() {
        CommandRun run = CommandRun.of("shapley", "--basin", basin("toy.yaml"), "--players", "KGZ,TJK");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("TJK", "KGZ");
    }

    @Test
    void aProposalMissingAPlayerIsInvalidInput() {
        CommandRun run = CommandRun.of("shapley", "--basin", basin("toy.yaml"), "--players", "KGZ,UZB", "--propose", "KGZ=1");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("UZB");
    }
}
