package org.riparian.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Basin files written to break the reader: each must fail with the exact file, line, path and a useful message. */
class HostileBasinFilesTest {

    /** Lines 1–3 of every YAML case below; nodes start on line 4. */
    private static final String HEAD = """
            basin: {name: t}
            nodes:
              - {id: src, kind: inflow, country: KGZ, basin: t, series: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
            """;

    @Test
    void malformedYamlNamesTheLineOfTheBadToken() {
        String text = HEAD + """
                  - {id: sea, kind: terminal, country: UZB, basin: t
                links: []
                """;
        BasinProblem problem = onlyProblem("t.yaml", text);
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.toString()).startsWith("t.yaml:5: malformed YAML: ");
    }

    @Test
    void malformedJsonNamesTheLineOfTheBadToken() {
        String text = """
                {"basin": {"name": "t"},
                 "nodes": [
                   {"id": "a", "kind": "terminal", "country": "UZB", "basin": "t",}
                 ]}
                """;
        BasinProblem problem = onlyProblem("t.json", text);
        assertThat(problem.toString()).startsWith("t.json:3: malformed JSON: Unexpected character ('}'").doesNotContain("Source:");
    }

    @Test
    void emptyFileSaysWhatABasinFileNeeds() {
        assertThat(onlyProblem("empty.yaml", "").toString())
                .isEqualTo("empty.yaml:1: the file is empty, expected a basin with 'basin:' and 'nodes:'");
    }

    @Test
    void linkToAnUnknownNodeSuggestsTheClosestId() {
        String text = HEAD + """
                  - {id: lake, kind: junction, country: KGZ, basin: t}
                links:
                  - {from: src, to: lak}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:6: links[0].to: unknown node 'lak' (did you mean lake?), expected the id of a node");
    }

    @Test
    void unknownReturnNodeIsReportedOnTheDemandsReturnNodeLine() {
        String text = HEAD + """
                  - id: farm
                    kind: demand
                    country: UZB
                    basin: t
                    use: irrigation
                    priority: 1
                    consumptive_fraction: 0.6
                    return_node: drain
                    demand: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}
                links:
                  - {from: src, to: farm}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .startsWith("t.yaml:11: nodes[farm].return_node: unknown node 'drain'");
    }

    @Test
    void cycleIsReportedOnTheLinkThatClosesIt() {
        String text = HEAD + """
                  - {id: a, kind: junction, country: KGZ, basin: t}
                  - {id: b, kind: junction, country: KGZ, basin: t}
                links:
                  - {from: src, to: a}
                  - {from: a, to: b}
                  - {from: b, to: a}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:9: links[2].to: closes a cycle a -> b -> a, expected links to run downstream only");
    }

    @Test
    void negativeCapacityIsRefused() {
        String text = HEAD + """
                  - {id: ditch, kind: canal, country: UZB, basin: t, capacity: -5 m3/s}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:4: nodes[ditch].capacity: negative flow, expected a value >= 0");
    }

    @Test
    void deadStorageAboveFullStorageIsReportedOnDeadStorage() {
        String text = HEAD + """
                  - id: lake
                    kind: reservoir
                    country: KGZ
                    basin: t
                    dead_storage: 3 km3
                    full_storage: 2 km3
                    initial_storage: 2 km3
                    level_storage_area: {level_unit: m, storage_unit: km3, area_unit: km2, rows: [[1, 0, 1], [2, 5, 2]]}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:8: nodes[lake].dead_storage: dead_storage 3000.0 hm3 is above full_storage 2000.0 hm3,"
                        + " expected dead_storage <= full_storage");
    }

    @Test
    void bareNumberWhereAVolumeIsNeededAsksForAUnit() {
        assertThat(onlyProblem("t.yaml", HEAD + "  - {id: sea, kind: terminal, country: UZB, basin: t, initial_volume: 19.5}\n")
                .toString()).isEqualTo("t.yaml:4: nodes[sea].initial_volume: missing unit, expected a volume such as \"19.5 km3\"");
    }

    @Test
    void flowWhereAVolumeIsNeededNamesBothKinds() {
        assertThat(onlyProblem("t.yaml", HEAD + "  - {id: sea, kind: terminal, country: UZB, basin: t, initial_volume: 150 m3/s}\n")
                .toString()).isEqualTo("t.yaml:4: nodes[sea].initial_volume: 'm3/s' is a unit of a flow,"
                        + " expected a volume in hm3, Mm3, km3, m3");
    }

    @Test
    void notANumberIsRefusedInScalarsAndTables() {
        String text = HEAD + """
                  - {id: sea, kind: terminal, country: UZB, basin: t, initial_volume: NaN km3}
                  - {id: up, kind: inflow, country: KGZ, basin: t,
                     series: {monthly: {unit: m3/s, values: [1, 1, .nan, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}}
                """;
        List<String> problems = problems("t.yaml", text).stream().map(BasinProblem::toString).toList();
        assertThat(problems).containsExactly(
                "t.yaml:4: nodes[sea].initial_volume: 'NaN km3' is not a finite number, expected a volume such as \"19.5 km3\"",
                "t.yaml:6: nodes[up].series.monthly.values[2]: '.nan' is not a finite number, expected a number");
    }

    @Test
    void misspeltFieldIsAnErrorNamingTheAllowedOnes() {
        String text = HEAD + "  - {id: ditch, kind: canal, country: UZB, basin: t, capacity: 5 m3/s, los_fraction: 0.1}\n";
        assertThat(onlyProblem("t.yaml", text).toString())
                .startsWith("t.yaml:4: nodes[ditch].los_fraction: unknown field (did you mean loss_fraction?), expected one of id,")
                .endsWith("capacity, loss_fraction");
    }

    @Test
    void duplicateNodeIdIsReportedOnTheSecondOne() {
        String text = HEAD + """
                  - {id: sea, kind: terminal, country: UZB, basin: t}
                  - {id: sea, kind: terminal, country: KAZ, basin: t}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:5: nodes[sea].id: id is used twice, expected each node id once");
    }

    @Test
    void lowerCaseOrTwoLetterCountryCodesAreRefused() {
        String text = HEAD + "  - {id: sea, kind: terminal, country: uz, basin: t}\n";
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:4: nodes[sea].country: 'uz' is not a country code,"
                        + " expected an ISO 3166 alpha-3 code in upper case such as KGZ");
    }

    @Test
    void badCsvRowIsReportedWithTheCsvFilesNameAndLine() {
        String text = HEAD + """
                  - {id: up, kind: inflow, country: KGZ, basin: t,
                     series: {csv: {file: naryn.csv, unit: m3/s, step: month, value_column: q}}}
                """;
        String csv = "date,q\n2026-01-01,10\n2026-02-01,abc\n2026-03-01,12\n2026-05-01,12\n";
        List<String> problems = problems("t.yaml", text, Map.of("naryn.csv", csv)).stream().map(BasinProblem::toString).toList();
        assertThat(problems).containsExactly(
                "naryn.csv:3: column q: 'abc' is not a number, expected a number",
                "naryn.csv:5: column date: 2026-05-01 does not follow the previous row, expected 2026-04-01 (one month later)");
    }

    @Test
    void missingCsvFileIsReportedOnTheFileField() {
        String text = HEAD + """
                  - {id: up, kind: inflow, country: KGZ, basin: t,
                     series: {csv: {file: gone.csv, unit: m3/s, step: month, value_column: q}}}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .startsWith("t.yaml:5: nodes[up].series.csv.file: cannot read 'gone.csv'");
    }

    @Test
    void fractionAboveOneIsRefused() {
        String text = HEAD + "  - {id: ditch, kind: canal, country: UZB, basin: t, capacity: 5 m3/s, loss_fraction: 1.2}\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:4: nodes[ditch].loss_fraction: 1.2 is outside 0–1,"
                + " expected a fraction between 0 and 1 such as 0.02");
    }

    @Test
    void priorityZeroIsRefused() {
        String text = HEAD + """
                  - {id: farm, kind: demand, country: UZB, basin: t, use: irrigation, priority: 0,
                     demand: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:4: nodes[farm].priority: is '0', expected a whole number from 1 to 1000000");
    }

    @Test
    void unknownNodeKindSuggestsTheClosestKind() {
        String text = HEAD + "  - {id: lake, kind: resevoir, country: KGZ, basin: t}\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:4: nodes[lake].kind: unknown kind 'resevoir'"
                + " (did you mean reservoir?), expected inflow, junction, gauge, reservoir, hydropower, demand, canal or terminal");
    }

    @Test
    void sqlLookingIdIsRefusedAndNotUsedAsALabel() {
        String text = HEAD + "  - {id: \"x'; DROP TABLE nodes; --\", kind: terminal, country: UZB, basin: t}\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:4: nodes[1].id: id 'x'; DROP TABLE nodes; --'"
                + " must start with a letter and hold only letters, digits, '_', '-' and '.'");
    }

    @Test
    void keyGivenTwiceIsRefused() {
        String text = HEAD + """
                  - id: sea
                    kind: terminal
                    country: UZB
                    kind: junction
                    basin: t
                """;
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:7: nodes[1].kind: key given twice (first on line 5), expected each key once");
    }

    @Test
    void hydrologyAndScenarioNamesAreCheckedAgainstTheNodes() {
        String text = HEAD + """
                  - {id: sea, kind: terminal, country: UZB, basin: t}
                links: [{from: src, to: sea}]
                hydrologies:
                  dry:
                    inflows:
                      scr: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}
                scenarios:
                  dam: {build: [sea], inflow_scale: {"*": 0.9, sea: 2}}
                """;
        List<String> problems = problems("t.yaml", text).stream().map(BasinProblem::toString).toList();
        assertThat(problems).containsExactly(
                "t.yaml:9: hydrologies.dry.inflows.scr: unknown node 'scr' (did you mean src?), expected the id of an inflow node",
                "t.yaml:11: scenarios.dam.build[0]: 'sea' is a terminal node, expected the id of a planned reservoir or hydropower node",
                "t.yaml:11: scenarios.dam.inflow_scale.sea: 'sea' is a terminal node, expected the id of an inflow node or \"*\" for all");
    }

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        String text = HEAD + """
                  - {id: ditch, kind: canal, country: uzb, basin: t, capacity: 5}
                  - {id: sea, kind: terminal, country: UZB, basin: t, initial_volume: -1 km3}
                links:
                  - {from: src, to: ditch}
                  - {from: ditch, to: ocean}
                """;
        assertThat(problems("t.yaml", text)).extracting(BasinProblem::line, BasinProblem::path).containsExactly(
                tuple(4, "nodes[ditch].country"),
                tuple(4, "nodes[ditch].capacity"),
                tuple(5, "nodes[sea].initial_volume"),
                tuple(8, "links[1].to"));
    }

    @Test
    void aHugeBasinStillReads() {
        StringBuilder text = new StringBuilder(HEAD);
        StringBuilder links = new StringBuilder("links:\n  - {from: src, to: n0}\n");
        int count = 10_000;
        for (int i = 0; i < count; i++) {
            text.append("  - {id: n").append(i).append(", kind: junction, country: KGZ, basin: t}\n");
            if (i > 0) {
                links.append("  - {from: n").append(i - 1).append(", to: n").append(i).append("}\n");
            }
        }
        String file = text.append(links).toString();
        assertThat(BasinFileReader.read("big.yaml", stream(file), name -> null).network().nodes()).hasSize(count + 1);
    }

    @Test
    void readThrowsOneExceptionCarryingEveryProblem() {
        String text = HEAD + "  - {id: sea, kind: terminal, country: uz, basin: t, initial_volume: 5}\n";
        assertThatThrownBy(() -> BasinFileReader.read("t.yaml", stream(text), name -> null))
                .isInstanceOf(BasinFileException.class)
                .isInstanceOf(org.riparian.model.RiparianException.class)
                .satisfies(e -> assertThat(((BasinFileException) e).problems()).hasSize(2))
                .hasMessageContaining("t.yaml:4: nodes[sea].country:");
    }

    /** Lines 1–6 of every economy case below: a demand in UZB, so the basin's countries are KGZ and UZB. */
    private static final String ECONOMY_HEAD = HEAD + """
              - {id: farm, kind: demand, country: UZB, basin: t, use: irrigation, priority: 1,
                 demand: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
            links: [{from: src, to: farm}]
            economy:
            """;

    @Test
    void waterValueForAnUnknownDemandSuggestsTheClosestId() {
        String text = ECONOMY_HEAD + "  water_value: {default: 0.05 USD/m3, fram: 0.08 USD/m3}\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:8: economy.water_value.fram: unknown node 'fram'"
                + " (did you mean farm?), expected the id of a demand node or \"default\"");
    }

    @Test
    void waterValueForANodeThatIsNotADemandIsRefused() {
        String text = ECONOMY_HEAD + "  water_value:\n    src: 0.08 USD/m3\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:9: economy.water_value.src: 'src' is an inflow"
                + " node, expected the id of a demand node or \"default\"");
    }

    @Test
    void negativeWaterValueIsRefused() {
        String text = ECONOMY_HEAD + "  water_value: {farm: -0.02 USD/m3}\n";
        assertThat(onlyProblem("t.yaml", text).toString())
                .isEqualTo("t.yaml:8: economy.water_value.farm: negative water value, expected a value >= 0");
    }

    @Test
    void energyOfACountryWithoutNodesIsRefused() {
        String text = ECONOMY_HEAD + """
                  energy:
                    TJK:
                      demand: {unit: GWh, values: [1,1,1,1,1,1,1,1,1,1,1,1]}
                      value: {unit: USD/MWh, values: [30,30,30,30,30,30,30,30,30,30,30,30]}
                """;
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:9: economy.energy.TJK: no node of the basin is"
                + " in 'TJK', expected a country of the basin: KGZ, UZB");
    }

    @Test
    void waterValueUnitWhereAnElectricityValueIsNeededNamesBothKinds() {
        String text = ECONOMY_HEAD + """
                  energy:
                    KGZ:
                      demand: {unit: GWh, values: [1,1,1,1,1,1,1,1,1,1,1,1]}
                      value: {unit: USD/m3, values: [30,30,30,30,30,30,30,30,30,30,30,30]}
                      export_value: 20 GWh
                """;
        assertThat(problems("t.yaml", text)).extracting(BasinProblem::toString).containsExactly(
                "t.yaml:11: economy.energy.KGZ.value.unit: 'USD/m3' is a unit of a water value, expected an electricity value"
                        + " in USD/MWh, USD/kWh, US cents/kWh",
                "t.yaml:12: economy.energy.KGZ.export_value: 'GWh' is a unit of an energy, expected an electricity value"
                        + " in USD/MWh, USD/kWh, US cents/kWh");
    }

    @Test
    void notANumberOrANegativeEnergyDemandIsRefused() {
        String text = ECONOMY_HEAD + """
                  energy:
                    KGZ:
                      demand: {unit: TWh, values: [1, .nan, 1, 1, 1, -1, 1, 1, 1, 1, 1, 1]}
                      value: {unit: USD/MWh, values: [30, 30, 30]}
                """;
        assertThat(problems("t.yaml", text)).extracting(BasinProblem::toString).containsExactly(
                "t.yaml:10: economy.energy.KGZ.demand.values[1]: '.nan' is not a finite number, expected a number",
                "t.yaml:10: economy.energy.KGZ.demand.values[5]: negative energy, expected a value >= 0",
                "t.yaml:11: economy.energy.KGZ.value.values: has 3 values, expected 12 (January to December)");
    }

    @Test
    void unknownEconomyFieldIsRefused() {
        String text = ECONOMY_HEAD + "  water_values: {farm: 0.05 USD/m3}\n";
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:8: economy.water_values: unknown field"
                + " (did you mean water_value?), expected one of water_value, energy");
    }

    @Test
    void climatologyWithACorrelationAboveOneIsReportedOnLag1() {
        String text = HEAD + """
                  - {id: up, kind: inflow, country: KGZ, basin: t,
                     series: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}},
                     climatology: {unit: m3/s, mean: [1,1,1,1,1,1,1,1,1,1,1,1], sd: [0,0,0,0,0,0,0,0,0,0,0,0],
                                   lag1: [0.5, 0.5, 1.2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]}}
                """;
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:7: nodes[up].climatology.lag1: lag1 of month 3"
                + " is 1.2, expected a correlation from -1 to 1");
    }

    @Test
    void climatologyWithAVolumeUnitIsRefused() {
        String text = HEAD + """
                  - {id: up, kind: inflow, country: KGZ, basin: t,
                     series: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}},
                     climatology: {unit: hm3, mean: [1,1,1,1,1,1,1,1,1,1,1,1], sd: [0,0,0,0,0,0,0,0,0,0,0,0],
                                   lag1: [0,0,0,0,0,0,0,0,0,0,0,0]}}
                """;
        assertThat(onlyProblem("t.yaml", text).toString()).isEqualTo("t.yaml:6: nodes[up].climatology.unit: 'hm3' is a unit"
                + " of a volume, expected a flow in m3/s, l/s");
    }

    private static BasinProblem onlyProblem(String name, String text) {
        List<BasinProblem> problems = problems(name, text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static List<BasinProblem> problems(String name, String text) {
        return problems(name, text, Map.of());
    }

    private static List<BasinProblem> problems(String name, String text, Map<String, String> files) {
        return BasinFileReader.validate(name, stream(text), relative -> {
            if (!files.containsKey(relative)) {
                throw new NoSuchFileException(relative);
            }
            return stream(files.get(relative));
        });
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
