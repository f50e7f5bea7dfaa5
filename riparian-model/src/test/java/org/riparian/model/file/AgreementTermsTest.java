package org.riparian.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;

/** Periods, tolerances, where agreements are measured, and the reservoir schedules, read from a basin file. */
class AgreementTermsTest {

    private static final String NODES = """
            basin: {name: t}
            nodes:
              - {id: src, kind: inflow, country: KGZ, basin: t, series: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
              - {id: lake, kind: reservoir, country: KGZ, basin: t, dead_storage: 0 hm3, full_storage: 100 hm3, initial_storage: 50 hm3,
                 level_storage_area: {level_unit: m, storage_unit: hm3, area_unit: km2, rows: [[1, 0, 1], [2, 100, 2]]}}
              - {id: border, kind: gauge, country: KGZ, basin: t}
              - {id: ditch, kind: canal, country: UZB, basin: t, capacity: 10 m3/s}
              - {id: farm, kind: demand, country: UZB, basin: t, use: irrigation, priority: 1, demand: {monthly: {unit: hm3, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
              - {id: sea, kind: terminal, country: UZB, basin: t}
            links:
              - {from: src, to: lake}
              - {from: lake, to: border}
              - {from: border, to: ditch}
              - {from: ditch, to: farm}
              - {from: border, to: sea}
            """;
    private static final String FLOWS = "{monthly: {unit: l/s, values: [0,0,0,0,0,5000,6000,0,0,0,0,0]}}";

    @Test
    void termsAndNewKindsAreRead() {
        List<Agreement> agreements = read("""
                agreements:
                  - {id: uzb_limit, kind: withdrawal-limit, country: UZB, basin: t, season_total: 0.5 km3, measured_at: [ditch],
                     period: {from: 04-01, to: 09-30}, tolerance: 0.05}
                  - {id: to_sea, kind: terminal-inflow, terminal: sea, measured_at: border, flow: %s, parties: [UZB]}
                  - {id: fill, kind: storage-schedule, reservoir: lake, targets: [{by: 05-31, at_least: 0.08 km3}], parties: [KGZ, UZB]}
                  - {id: winter, kind: release-schedule, reservoir: lake, flow: %s, bound: at-most, parties: [KGZ],
                     period: {from: 10-01, to: 03-31}}
                """.formatted(FLOWS, FLOWS));
        WithdrawalLimit limit = (WithdrawalLimit) agreements.get(0);
        assertThat(limit.measuredAt()).containsExactly("ditch");
        assertThat(limit.seasonTotalHm3()).contains(500.0);   // 0.5 km3 x 1000
        assertThat(limit.terms()).isEqualTo(new Terms(MonthDay.of(4, 1), MonthDay.of(9, 30), 0.05));
        TerminalInflow sea = (TerminalInflow) agreements.get(1);
        assertThat(sea.measuredAt()).contains("border");
        assertThat(sea.flow().flowM3s(7)).isEqualTo(6.0);     // 6000 l/s / 1000
        assertThat(sea.terms()).isEqualTo(Terms.STRICT);
        StorageSchedule fill = (StorageSchedule) agreements.get(2);
        assertThat(fill.targets()).containsExactly(new StorageSchedule.Target(MonthDay.of(5, 31), 80.0));
        ReleaseSchedule winter = (ReleaseSchedule) agreements.get(3);
        assertThat(winter.bound()).isEqualTo(ReleaseSchedule.Bound.AT_MOST);
        assertThat(winter.terms().binds(LocalDate.of(2027, 1, 15))).isTrue();   // the period wraps over the new year
        assertThat(winter.terms().binds(LocalDate.of(2026, 7, 15))).isFalse();
    }

    @Test
    void badTermsAndWrongNodesAreNamedWithTheirLine() {
        List<String> problems = problems("""
                agreements:
                  - {id: a, kind: withdrawal-limit, country: UZB, basin: t, season_total: 1 hm3, measured_at: [farm], tolerance: 5}
                  - {id: b, kind: storage-schedule, reservoir: border, targets: [{by: 02-30, at_least: 1 hm3}], parties: [KGZ]}
                  - {id: c, kind: release-schedule, reservoir: lake, flow: %s, bound: sometimes, parties: [KGZ]}
                  - {id: d, kind: terminal-inflow, terminal: sea, measured_at: bordr, flow: %s, parties: [UZB], period: {from: 4}}
                """.formatted(FLOWS, FLOWS));
        assertThat(problems).anyMatch(p -> p.startsWith("t.yaml:17: agreements[0].tolerance: ") && p.contains("expected a fraction"))
                .anyMatch(p -> p.startsWith("t.yaml:18: agreements[1].targets[0].by: '02-30' is not a day of the year"))
                .anyMatch(p -> p.startsWith("t.yaml:19: agreements[2].bound: 'sometimes', expected at-least or at-most"))
                .anyMatch(p -> p.startsWith("t.yaml:20: agreements[3].period.from: "))
                .anyMatch(p -> p.startsWith("t.yaml:20: agreements[3].period.to: missing"));
        List<String> topology = problems("""
                agreements:
                  - {id: a, kind: withdrawal-limit, country: UZB, basin: t, season_total: 1 hm3, measured_at: [farm]}
                  - {id: b, kind: storage-schedule, reservoir: border, targets: [{by: 05-31, at_least: 1 hm3}], parties: [KGZ]}
                  - {id: d, kind: terminal-inflow, terminal: sea, measured_at: bordr, flow: %s, parties: [UZB]}
                """.formatted(FLOWS));
        assertThat(topology).anyMatch(p -> p.contains("agreements[0].measured_at") && p.contains("'farm' is a demand node, expected a canal"))
                .anyMatch(p -> p.contains("agreements[1].reservoir") && p.contains("'border' is a gauge node, expected a reservoir"))
                .anyMatch(p -> p.contains("agreements[2].measured_at") && p.contains("unknown node 'bordr' (did you mean border?)"));
    }

    @Test
    void anEnergyDeliveryIsReadInGwhPerMonthWithItsMeterAndParties() {
        List<Agreement> agreements = read("""
                agreements:
                  - {id: summer_power, kind: energy-delivery, from: KGZ, to: UZB, basin: t, tolerance: 0.05,
                     energy: {unit: TWh, values: [0,0,0,0,0,0.1,0.15,0,0,0,0,0]}, period: {from: 06-01, to: 07-31}}
                  - {id: winter_power, kind: energy-delivery, from: UZB, to: KGZ, basin: t, measured_at: osh_substation,
                     energy: {unit: MWh, values: [5000,0,0,0,0,0,0,0,0,0,0,0]}, parties: [UZB, KGZ]}
                """);
        EnergyDelivery summer = (EnergyDelivery) agreements.get(0);
        assertThat(summer.energyGwh().month(7)).isEqualTo(150.0);          // 0.15 TWh x 1000
        assertThat(summer.parties()).containsExactly("KGZ", "UZB");   // by default the two countries
        assertThat(summer.measuredAt()).isEqualTo("energy_kgz_uzb");
        EnergyDelivery winter = (EnergyDelivery) agreements.get(1);
        assertThat(winter.energyGwh().month(1)).isEqualTo(5.0);            // 5000 MWh / 1000
        assertThat(winter.measuredAt()).isEqualTo("osh_substation");
    }

    @Test
    void anEnergyDeliveryNamingNoCountryOrBasinOfTheNetworkIsRefused() {
        List<String> problems = problems("""
                agreements:
                  - {id: e, kind: energy-delivery, from: KGZ, to: KAZ, basin: syr, energy: {unit: GWh, values: [0,0,0,0,0,1,1,0,0,0,0,0]}}
                  - {id: f, kind: energy-delivery, from: KGZ, to: UZB, basin: t, energy: {unit: m3, values: [0,0,0,0,0,1,1,0,0,0,0,0]}}
                  - {id: g, kind: withdrawal-limit, country: TJK, basin: t, season_total: 1 hm3}
                """);
        assertThat(problems).anyMatch(p -> p.startsWith("t.yaml:17: agreements[0].to: unknown country 'KAZ'") && p.contains("(KGZ, UZB)"))
                .anyMatch(p -> p.startsWith("t.yaml:17: agreements[0].basin: unknown basin 'syr'"))
                .anyMatch(p -> p.startsWith("t.yaml:18: agreements[1].energy.unit: ") && p.contains("GWh"))
                .anyMatch(p -> p.startsWith("t.yaml:19: agreements[2].country: unknown country 'TJK'"));
    }

    private static List<Agreement> read(String agreements) {
        return BasinFileReader.read("t.yaml", stream(NODES + agreements), AgreementTermsTest::noFiles).network().agreements();
    }

    private static List<String> problems(String agreements) {
        return BasinFileReader.validate("t.yaml", stream(NODES + agreements), AgreementTermsTest::noFiles).stream()
                .map(BasinProblem::toString).toList();
    }

    private static InputStream noFiles(String relative) throws NoSuchFileException {
        throw new NoSuchFileException(relative);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
