package org.riparian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    static String basin(String name) {
        try {
            return Path.of(PlanCommandTest.class.getResource("/basins/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writesTheFourFilesWithTheDocumentedColumns(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("allocation.csv")).get(0))
                .isEqualTo("step_start,step_end,node,country,kind,demand_hm3,delivered_hm3,shortage_hm3");
        assertThat(Files.readAllLines(out.resolve("flows.csv")).get(0)).isEqualTo("step_start,step_end,link,flow_hm3");
        assertThat(Files.readAllLines(out.resolve("reservoirs.csv")).get(0)).isEqualTo(
                "step_start,step_end,node,storage_start_hm3,storage_end_hm3,release_hm3,spill_hm3,evaporation_hm3");
        // 18 decades x 2 demands
        assertThat(Files.readAllLines(out.resolve("allocation.csv"))).hasSize(1 + 18 * 2);
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("allocation.csv", "flows.csv", "reservoirs.csv", "summary.json");
        }
    }

    @Test
    void summaryTotalsEqualTheSumOfTheAllocationRows(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        double delivered = 0;
        double demand = 0;
        for (String line : Files.readAllLines(out.resolve("allocation.csv")).subList(1, 37)) {
            String[] cells = line.split(",");
            demand += Double.parseDouble(cells[5]);
            delivered += Double.parseDouble(cells[6]);
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/countries/UZB/delivered_hm3").asDouble()).isCloseTo(delivered, within(1e-3));
        assertThat(summary.at("/countries/UZB/demand_hm3").asDouble()).isCloseTo(demand, within(1e-3));
        assertThat(summary.at("/run/season").asText()).isEqualTo("2026-vegetation");
        assertThat(summary.at("/run/mass_balance_worst_relative").asDouble()).isLessThan(1e-6);
        // the fields need Apr-Sep 31+62+90+93+93+60 = 429 hm3; the town 3 m3/s over 183 days = 47.4336 hm3
        assertThat(demand).isCloseTo(429 + 47.4336, within(1e-3));
    }

    @Test
    void printsTheTableWithCountriesTerminalsAndReservoirs() {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("UZB", "sea in", "lake", "2026-04-1", "2026-09-3", "season", "mass balance");
    }

    @Test
    void jsonAndCsvFormatsGoToStandardOutput() throws IOException {
        CommandRun json = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).at("/countries/UZB").isObject()).isTrue();
        CommandRun csv = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue("step_start,step_end,node,country,kind,demand_hm3,delivered_hm3,shortage_hm3");
    }

    @Test
    void aDryYearDeliversNoMoreThanTheNormalYear() throws IOException {
        JsonNode normal = summary("--hydrology", "normal");
        JsonNode dry = summary("--hydrology", "dry");
        assertThat(dry.at("/countries/UZB/delivered_hm3").asDouble())
                .isLessThanOrEqualTo(normal.at("/countries/UZB/delivered_hm3").asDouble() + 1e-6);
        assertThat(dry.at("/run/hydrology").asText()).isEqualTo("dry");
    }

    @Test
    void scenariosAreAppliedAndReported() throws IOException {
        JsonNode hot = summary("--scenario", "hot");
        assertThat(hot.at("/run/scenarios/0").asText()).isEqualTo("hot");
        // fields demand scaled by 1.1: 429 * 1.1 = 471.9, plus the town's 47.4336
        assertThat(hot.at("/countries/UZB/demand_hm3").asDouble()).isCloseTo(471.9 + 47.4336, within(1e-3));
    }

    private static JsonNode summary(String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation",
                "--format", "json"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    /**
     * A record at the toy basin's border gauge whose summers are twice the winter flow before them; the winter before
     * 2026 is wetter (150 m³/s) than the training winters (80 to 120), so the forecast is wetter than their mean.
     */
    private static Path borderRecord(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("gauge,year,month,flow_m3s\n");
        for (int year = 2000; year <= 2026; year++) {
            double winter = year == 2026 ? 150 : 80 + 40 * (year % 3) / 2.0;
            for (int month = 1; month <= 12; month++) {
                double flow = month <= 3 ? winter : month <= 9 ? 2 * winter : 80 + 40 * ((year + 1) % 3) / 2.0;
                if (year < 2026 || month <= 3) {
                    csv.append("border,").append(year).append(',').append(month).append(',').append(flow).append('\n');
                }
            }
        }
        Path file = dir.resolve("border.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    @Test
    void aWetForecastDrivesThePlanAndDeliversNoLessThanTheNormalYear(@TempDir Path dir) throws IOException {
        JsonNode normal = summary();
        JsonNode forecast = summary("--hydrology", "forecast", "--forecast-series", borderRecord(dir).toString(),
                "--forecast-gauge", "border", "--forecast-quantile", "p50");
        assertThat(forecast.at("/run/hydrology").asText()).startsWith("forecast p50 of border").contains("above border");
        assertThat(forecast.at("/countries/UZB/delivered_hm3").asDouble())
                .isGreaterThanOrEqualTo(normal.at("/countries/UZB/delivered_hm3").asDouble() - 1e-6);
    }

    @Test
    void aForecastWithoutItsRecordIsInvalidInputSayingWhatIsMissing() {
        CommandRun run = CommandRun.of("plan", "--basin", basin("toy.yaml"), "--season", "2026-vegetation", "--hydrology", "forecast");
        assertThat(run.exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(run.err()).contains("--forecast-series").doesNotContain("Exception");
    }

    @Test
    void monthlyAndDailyStepsCoverTheSameSeason() throws IOException {
        double decades = summary("--step", "decade").at("/countries/UZB/demand_hm3").asDouble();
        double months = summary("--step", "month").at("/countries/UZB/demand_hm3").asDouble();
        double days = summary("--step", "day").at("/countries/UZB/demand_hm3").asDouble();
        assertThat(months).isCloseTo(decades, within(1e-6));
        assertThat(days).isCloseTo(decades, within(1e-6));
    }

    @Test
    void optimisedPlanReportsModeAndConvergence() throws IOException {
        JsonNode optimised = summary("--mode", "optimise", "--end-storage", "free");
        assertThat(optimised.at("/run/mode").asText()).isEqualTo("optimise");
        assertThat(optimised.at("/economics/converged").asBoolean()).isTrue();
        assertThat(optimised.at("/economics/slp_iterations").asInt()).isBetween(1, 20);
        assertThat(optimised.at("/run/mass_balance_worst_relative").asDouble()).isLessThan(1e-6);
    }

    @Test
    void unknownModeAndEndStorageAreInvalidInput() {
        assertThat(CommandRun.of("plan", "--basin", basin("toy.yaml"), "--mode", "guess").exitCode()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(CommandRun.of("plan", "--basin", basin("toy.yaml"), "--mode", "optimise", "--end-storage", "half").exitCode())
                .isEqualTo(RiparianCommand.INVALID_INPUT);
    }
}
