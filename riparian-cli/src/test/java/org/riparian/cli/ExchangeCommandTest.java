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

class ExchangeCommandTest {

    @Test
    void toktogulCaseShowsEnergyModeAgainstIrrigationModeAndASettlementNobodyLosesBy(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("exchange", "--case", "toktogul", "--season", "2026-2027", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("exchange.json").toFile());
        assertThat(report.at("/run/owners_upstream_first/0").asText()).isEqualTo("KGZ");
        assertThat(report.at("/gain_musd").asDouble()).isGreaterThanOrEqualTo(0);
        for (JsonNode country : report.at("/countries")) {
            assertThat(country.at("/settled_musd").asDouble()).as(country.at("/country").asText())
                    .isGreaterThanOrEqualTo(country.at("/total_alone_musd").asDouble() - 1e-6);
        }
        JsonNode toktogul = report.at("/reservoirs/0");
        assertThat(toktogul.at("/reservoir").asText()).isEqualTo("toktogul");
        // alone, Kyrgyzstan keeps more of Toktogul's water for the winter than the basin plan does
        assertThat(toktogul.at("/winter_release_alone_hm3").asDouble())
                .isGreaterThanOrEqualTo(toktogul.at("/winter_release_together_hm3").asDouble());
        assertThat(Files.readAllLines(out.resolve("exchange.csv")).get(0)).startsWith("country,irrigation_alone_musd");
        assertThat(run.out()).contains("gain of cooperation", "settlement");
    }

    @Test
    void unknownCaseIsInvalidInput() {
        CommandRun run = CommandRun.of("exchange", "--basin", basin("toy.yaml"), "--case", "nile");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("nile", "toktogul");
    }

    @Test
    void aBasinWithoutEconomicValuesHasNothingToSettle() throws IOException {
        CommandRun run = CommandRun.of("exchange", "--basin", basin("toy.yaml"), "--season", "2026-2027", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/gain_musd").asDouble()).isEqualTo(0.0);
        assertThat(report.at("/energy_transfers").size()).isZero();
        assertThat(report.at("/money_transfers").size()).isZero();
    }
}
