package org.riparian.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.basin.Basin;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.Climatology;
import org.riparian.model.series.Series;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** The small valid basin in valid/small.yaml and its JSON twin, with every unit conversion worked by hand. */
class ValidBasinFileTest {

    private static final double EXACT = 1e-9;

    @Test
    void yamlAndJsonGiveTheSameBasin() {
        assertThat(BasinFileReader.validate(resource("small.yaml"))).isEmpty();
        assertThat(BasinFileReader.validate(resource("small.json"))).isEmpty();
        assertThat(BasinFileReader.read(resource("small.json"))).isEqualTo(BasinFileReader.read(resource("small.yaml")));
    }

    @Test
    void storagesAndAreasAreConvertedToHm3AndKm2() {
        Reservoir lake = (Reservoir) small().network().node("lake").orElseThrow();
        assertThat(lake.deadStorageHm3()).isEqualTo(500.0);       // 0.5 km3 x 1000
        assertThat(lake.fullStorageHm3()).isEqualTo(2000.0);      // 2 km3 x 1000
        assertThat(lake.initialStorageHm3()).isEqualTo(1500.0);   // already hm3
        assertThat(lake.curve().storagesHm3()).containsExactly(0.0, 1000.0, 2000.0);
        assertThat(lake.curve().areasKm2()).containsExactly(10.0, 50.0, 90.0);  // 1000 ha = 10 km2
        assertThat(lake.maxReleaseM3s()).contains(300.0);
        Terminal sea = (Terminal) small().network().node("sea").orElseThrow();
        assertThat(sea.initialVolumeHm3()).contains(20_000.0);   // 20 km3
    }

    @Test
    void litresPerSecondBecomeCubicMetresPerSecond() {
        Canal canal = (Canal) small().network().node("main_canal").orElseThrow();
        assertThat(canal.capacityM3s()).isEqualTo(80.0);          // 80 000 l/s / 1000
    }

    @Test
    void monthlyVolumesBecomeMeanFlowsOverTheMonth() {
        Demand fields = (Demand) small().network().node("fields").orElseThrow();
        // April: 31 hm3 over 30 days = 31e6 m3 / 2 592 000 s = 11.959876... m3/s
        assertThat(volumeIn(fields.demand(), LocalDate.of(2026, 4, 1), StepKind.MONTH)[0]).isCloseTo(31.0, within(EXACT));
        // July 93 hm3 onto decades: 10, 10 and 11 days of a 31-day month -> 30, 30, 33 hm3
        double[] july = volumeIn(fields.demand(), LocalDate.of(2026, 7, 1), StepKind.DECADE);
        assertThat(july).containsExactly(new double[] {30, 30, 33}, within(EXACT));
        assertThat(fields.returnNode()).contains("sea");
        assertThat(fields.consumptiveFraction()).isEqualTo(0.7);
    }

    @Test
    void csvAndDatedSeriesKeepTheirPeriods() {
        Basin basin = small();
        // csv rows are decades at 20, 25, 30 m3/s: 20 m3/s x 10 days x 86 400 s = 17.28 hm3, then 21.6 and 25.92
        Series recorded = basin.hydrology("recorded").inflows().get("upper_inflow");
        TimeAxis april = TimeAxis.of(StepKind.DECADE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        assertThat(recorded.volumesHm3(april)).containsExactly(new double[] {17.28, 21.6, 25.92}, within(EXACT));
        // dated monthly volumes: June holds 90 hm3, spread over its 30 days -> 30 hm3 per decade
        Series dry = basin.hydrology("dry").inflows().get("upper_inflow");
        TimeAxis june = TimeAxis.of(StepKind.DECADE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
        assertThat(dry.volumesHm3(june)).containsExactly(new double[] {30, 30, 30}, within(EXACT));
    }

    @Test
    void scenariosAndAgreementsAreRead() {
        Basin basin = small();
        assertThat(basin.scenario("hot").inflowScale()).containsEntry(Basin.ALL, 0.9);
        assertThat(basin.scenario("hot").demandScale()).containsEntry("fields", 1.1);
        assertThat(basin.network().agreements()).hasSize(3);
        Demand scaled = (Demand) basin.prepare(Optional.empty(), List.of("hot")).node("fields").orElseThrow();
        // 93 hm3 in July x 1.1 = 102.3 hm3
        assertThat(Arrays.stream(volumeIn(scaled.demand(), LocalDate.of(2026, 7, 1), StepKind.DECADE)).sum())
                .isCloseTo(102.3, within(1e-9));
    }

    @Test
    void climatologyFlowsAreConvertedAndCorrelationsKept() {
        Inflow upper = (Inflow) small().network().node("upper_inflow").orElseThrow();
        Climatology climatology = upper.climatology().orElseThrow();
        assertThat(climatology.meanM3s()[5]).isEqualTo(60.0);   // 60 000 l/s / 1000
        assertThat(climatology.sdM3s()[5]).isEqualTo(15.0);     // 15 000 l/s / 1000
        assertThat(climatology.lag1()[11]).isEqualTo(-0.1);
        Inflow dry = (Inflow) small().prepare(Optional.of("dry"), List.of()).node("upper_inflow").orElseThrow();
        assertThat(dry.climatology()).contains(climatology);
    }

    @Test
    void economyIsConvertedToGwhAndUsdPerMwh() {
        Economy economy = small().economy();
        assertThat(economy.waterValueUsdPerM3("fields")).contains(0.06);
        assertThat(economy.waterValueUsdPerM3("any_other")).contains(0.04);
        CountryEnergy kgz = economy.energy("KGZ").orElseThrow();
        assertThat(kgz.demandGwh().month(1)).isCloseTo(1200.0, within(EXACT));       // 1.2 TWh x 1000
        assertThat(kgz.valueUsdPerMwh().month(1)).isCloseTo(35.0, within(EXACT));    // 3.5 US cents/kWh x 10
        assertThat(kgz.exportUsdPerMwh()).isCloseTo(20.0, within(EXACT));            // 0.02 USD/kWh x 1000
        assertThat(economy.energy("UZB").orElseThrow().exportUsdPerMwh()).isZero(); // no export_value given
    }

    @Test
    void aBasinWithoutAnEconomySectionHasNone() {
        String text = "basin: {name: t}\nnodes:\n  - {id: sea, kind: terminal, country: UZB, basin: t}\n";
        Basin basin = BasinFileReader.read("t.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name -> null);
        assertThat(basin.economy()).isEqualTo(Economy.none());
    }

    private static double[] volumeIn(Series series, LocalDate monthStart, StepKind kind) {
        return series.volumesHm3(TimeAxis.of(kind, monthStart, monthStart.plusMonths(1)));
    }

    private static Basin small() {
        return BasinFileReader.read(resource("small.yaml"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ValidBasinFileTest.class.getResource("/valid/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
