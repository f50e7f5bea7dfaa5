package org.riparian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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

    @Test
    void theKairakkumAgreementIsHeldAgainstTheOptimum(@TempDir Path out) throws IOException {
        Path example = Path.of("..", "docs", "examples", "kairakkum-2000.yaml");
        CommandRun run = CommandRun.of("exchange", "--agreement", example.toString(), "--season", "2026-2027", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("agreement.json").toFile());
        JsonNode fill = report.at("/clauses/0");
        assertThat(fill.at("/clause").asText()).isEqualTo("kairakkum storage by 05-31");
        // the plan with the agreement imposed fills Kairakkum to the agreed 3,418 hm3 by 31 May
        assertThat(fill.at("/agreed_plan").asDouble()).isGreaterThanOrEqualTo(3418 - 1e-3);
        assertThat(fill.at("/met_by_agreed_plan").asBoolean()).isTrue();
        // deliveries at each side's own price (shipped economy: UZB 30.3 US$/MWh Apr-Sep, 37.9 Oct-Mar; TJK 28.6 / 35.7):
        // UZB gets 350 GWh in summer (+10.605) and gives 100 GWh in March (-3.79) and 100 in April (-3.03): +3.785;
        // TJK gives 350 GWh in summer (-10.01) and gets 100 in March (+3.57) and 100 in April (+2.86): -3.58.
        assertThat(report.at("/parties/0/country").asText()).isEqualTo("UZB");
        assertThat(report.at("/parties/0/deliveries_musd").asDouble()).isCloseTo(3.785, within(0.01));
        assertThat(report.at("/parties/1/deliveries_musd").asDouble()).isCloseTo(-3.58, within(0.01));
    }

    @Test
    void aBrokenAgreementFileNamesTheField(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"),
                "agreement:\n  name: bad\n  parties: [UZB]\n  minimum_releases:\n    - {gauge: syr_kairakkum_out, month: 13, flow: 5 m3/s}\n");
        CommandRun run = CommandRun.of("exchange", "--agreement", file.toString(), "--season", "2026-2027");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("bad.yaml", "agreement.minimum_releases[0].month", "1 to 12");
    }
}
