package org.riparian.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Network;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** A scenario's {@code inflow_monthly_scale}: read, applied month by month, composed, and refused when hostile. */
class MonthlyScaleScenarioTest {

    /** An inflow of 10 m³/s every month; lines 1–5, scenarios from line 6. */
    private static final String HEAD = """
            basin: {name: t}
            nodes:
              - {id: src, kind: inflow, country: KGZ, basin: t, series: {monthly: {unit: m3/s, values: [10,10,10,10,10,10,10,10,10,10,10,10]}}}
              - {id: sea, kind: terminal, country: UZB, basin: t}
            links: [{from: src, to: sea}]
            """;

    private static final TimeAxis YEAR = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));

    private static Basin read(String scenarios) {
        return BasinFileReader.read("t.yaml", stream(HEAD + scenarios), relative -> {
            throw new NoSuchFileException(relative);
        });
    }

    private static List<String> problems(String scenarios) {
        return BasinFileReader.validate("t.yaml", stream(HEAD + scenarios), relative -> {
            throw new NoSuchFileException(relative);
        }).stream().map(BasinProblem::toString).toList();
    }

    private static double[] monthlyHm3(Network network) {
        return network.nodesOf(Inflow.class).get(0).series().volumesHm3(YEAR);
    }

    @Test
    void anEarlierMeltMovesWaterFromSummerToSpringAndComposesWithOtherScenarios() {
        Basin basin = read("""
                scenarios:
                  earlier-melt: {inflow_monthly_scale: {"*": [1, 1, 1, 1.5, 1.5, 1, 0.5, 0.5, 1, 1, 1, 1]}}
                  drier: {inflow_scale: {src: 0.8}}
                  later: {inflow_monthly_scale: {src: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}
                """);
        double[] melt = monthlyHm3(basin.prepare(Optional.empty(), List.of("earlier-melt")));
        assertThat(melt[3]).isCloseTo(Volumes.hm3FromM3s(15, 30), within(1e-9));
        assertThat(melt[6]).isCloseTo(Volumes.hm3FromM3s(5, 31), within(1e-9));
        assertThat(melt[0]).isCloseTo(Volumes.hm3FromM3s(10, 31), within(1e-9));
        double[] all = monthlyHm3(basin.prepare(Optional.empty(), List.of("earlier-melt", "drier", "later")));
        assertThat(all[0]).isCloseTo(Volumes.hm3FromM3s(10 * 0.8 * 2, 31), within(1e-9));
        assertThat(all[3]).isCloseTo(Volumes.hm3FromM3s(10 * 0.8 * 1.5, 30), within(1e-9));
    }

    @Test
    void aNodesOwnMonthlyFactorsTakePrecedenceOverTheStar() {
        Basin basin = read("""
                scenarios:
                  s: {inflow_monthly_scale: {"*": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], src: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]}}
                """);
        double[] scaled = monthlyHm3(basin.prepare(Optional.empty(), List.of("s")));
        assertThat(scaled[11]).isCloseTo(Volumes.hm3FromM3s(30, 31), within(1e-9));
        assertThat(scaled[5]).isCloseTo(Volumes.hm3FromM3s(10, 30), within(1e-9));
    }

    @Test
    void hostileMonthlyScalesAreRefusedWithLineAndPath() {
        assertThat(problems("""
                scenarios:
                  short: {inflow_monthly_scale: {src: [1, 1, 1]}}
                  negative: {inflow_monthly_scale: {src: [1, 1, 1, 1, 1, -0.5, 1, 1, 1, 1, 1, 1]}}
                  words: {inflow_monthly_scale: {src: [1, 1, 1, 1, 1, lots, 1, 1, 1, 1, 1, 1]}}
                  wrong-node: {inflow_monthly_scale: {sea: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}
                  not-a-list: {inflow_monthly_scale: {src: 0.9}}
                """)).containsExactly(
                "t.yaml:7: scenarios.short.inflow_monthly_scale.src: has 3 values, expected 12 (January to December)",
                "t.yaml:8: scenarios.negative.inflow_monthly_scale.src: month 6 is -0.5, expected a factor >= 0 such as 0.9",
                "t.yaml:9: scenarios.words.inflow_monthly_scale.src[5]: is 'lots', expected a number",
                "t.yaml:10: scenarios.wrong-node.inflow_monthly_scale.sea: 'sea' is a terminal node, expected the id of an inflow node or \"*\" for all",
                "t.yaml:11: scenarios.not-a-list.inflow_monthly_scale.src: is '0.9', expected a list of 12 factors >= 0, January to December");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
