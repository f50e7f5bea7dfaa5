package org.riparian.cli.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.cli.RiparianCommand;

class ForecastCommandTest {

    /**
     * 40 years of a gauge whose April–September flow is twice the flow of the October–March before it (each season at
     * one flow, drawn per year), plus a second gauge that must be ignored. Season lengths differ by a leap day at most,
     * so the volumes keep the relation to within 1%.
     */
    private static Path series(Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        double[] wetness = new double[41];
        for (int k = 0; k < wetness.length; k++) {
            wetness[k] = 80 + 40 * random.nextDouble();
        }
        StringBuilder csv = new StringBuilder("gauge,year,month,flow_m3s\n");
        for (int k = 0; k < 40; k++) {
            for (int month = 1; month <= 12; month++) {
                double flow = month <= 3 ? wetness[k] : month <= 9 ? 2 * wetness[k] : wetness[k + 1];
                csv.append("g1,").append(1960 + k).append(',').append(month).append(',').append(flow).append('\n');
                csv.append("other,").append(1960 + k).append(',').append(month).append(",1\n");
            }
        }
        Path file = dir.resolve("flows.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    @Test
    void aGaugeWhoseSummerFollowsItsWinterIsForecastWithFullSkill(@TempDir Path dir) throws IOException {
        String[] run = run("forecast", "--series", series(dir).toString(), "--gauge", "g1", "--year", "1990",
                "--format", "json", "--out", dir.resolve("out").toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("out/forecast.json").toFile());
        assertThat(report.at("/training_years").asInt()).isEqualTo(38);
        assertThat(report.at("/cross_validated_r2").asDouble()).isGreaterThan(0.99);
        assertThat(report.at("/expected_hm3").asDouble()).isCloseTo(report.at("/observed_hm3").asDouble(),
                within(0.01 * report.at("/observed_hm3").asDouble()));
        assertThat(report.at("/quantiles_hm3/p05").asDouble()).isLessThanOrEqualTo(report.at("/quantiles_hm3/p95").asDouble());
        assertThat(new ObjectMapper().readTree(run[1])).isEqualTo(report);
    }

    @Test
    void anUnknownGaugeIsInvalidInputNamingTheFile(@TempDir Path dir) throws IOException {
        String[] run = run("forecast", "--series", series(dir).toString(), "--gauge", "nile", "--year", "1990");
        assertThat(run[0]).isEqualTo(String.valueOf(RiparianCommand.INVALID_INPUT));
        assertThat(run[2]).contains("flows.csv", "no rows for gauge 'nile'");
    }

    @Test
    void aBadFlowNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "gauge,year,month,flow_m3s\ng1,1990,1,12\ng1,1990,2,lots\n");
        String[] run = run("forecast", "--series", file.toString(), "--gauge", "g1", "--year", "1991");
        assertThat(run[0]).isEqualTo(String.valueOf(RiparianCommand.INVALID_INPUT));
        assertThat(run[2]).contains("bad.csv:3: flow_m3s is 'lots'");
    }

    /** Exit code, standard output, standard error. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RiparianCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
