package org.riparian.cli.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.cli.RiparianCommand;

class EnsembleCommandTest {

    @Test
    void aSmallAralEnsembleWritesEveryCountrysFiguresAndTheAralInflowDistribution(@TempDir Path out) throws IOException {
        String[] result = run("ensemble", "--traces", "6", "--years", "1", "--step", "month", "--season", "2026-2027",
                "--threads", "2", "--out", out.toString());
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        JsonNode report = new ObjectMapper().readTree(out.resolve("ensemble.json").toFile());
        assertThat(report.at("/run/traces").asInt()).isEqualTo(6);
        for (JsonNode country : report.at("/countries")) {
            assertThat(country.at("/reliability").asDouble()).isBetween(0.0, 1.0);
            assertThat(country.at("/steps").asLong()).isEqualTo(6 * 12);
        }
        assertThat(report.at("/countries").findValuesAsText("name")).contains("KAZ", "UZB", "TKM");
        List<String> distributions = Files.readAllLines(out.resolve("distributions.csv"));
        assertThat(distributions.get(0)).isEqualTo("figure,of,mean,min,p05,p10,p25,p50,p75,p90,p95,max");
        assertThat(distributions).anyMatch(line -> line.startsWith("terminal_inflow_hm3,north_aral,"));
        assertThat(distributions).anyMatch(line -> line.startsWith("energy_gwh,total,"));
        assertThat(Files.readAllLines(out.resolve("demands.csv")).get(0)).startsWith("demand,country,reliability,resilience");
        assertThat(Files.readAllLines(out.resolve("countries.csv"))).hasSize(1 + report.at("/countries").size());
        assertThat(result[1]).contains("reliability", "terminal_inflow_hm3");
    }

    @Test
    void aBasinWithoutClimatologiesCannotBeSampled() {
        String[] result = run("ensemble", "--basin", basin("toy.yaml"), "--traces", "2");
        assertThat(result[0]).isEqualTo(String.valueOf(RiparianCommand.INVALID_INPUT));
        assertThat(result[2]).contains("no inflow with a climatology");
    }

    @Test
    void zeroTracesIsInvalidInput() {
        String[] result = run("ensemble", "--traces", "0");
        assertThat(result[0]).isEqualTo(String.valueOf(RiparianCommand.INVALID_INPUT));
        assertThat(result[2]).contains("--traces");
    }

    /** Exit code, standard output, standard error. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RiparianCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static String basin(String name) {
        try {
            return Path.of(EnsembleCommandTest.class.getResource("/basins/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
