package org.riparian.model.aral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.basin.Basin;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.file.BasinProblem;
import org.riparian.model.file.SeriesFiles;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Network;
import org.riparian.model.network.Reservoir;

class AralBasinTest {

    @Test
    void theShippedFileHasNoProblems() throws Exception {
        try (InputStream in = AralBasin.class.getResourceAsStream(AralBasin.RESOURCE)) {
            List<BasinProblem> problems = BasinFileReader.validate(AralBasin.RESOURCE, in,
                    SeriesFiles.besideResource(AralBasin.class, AralBasin.RESOURCE));
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theKairakkumBarterOf2000ShipsWithItsEnergySide() {
        List<EnergyDelivery> deliveries = AralBasin.load().network().agreements().stream().filter(EnergyDelivery.class::isInstance)
                .map(EnergyDelivery.class::cast).toList();
        EnergyDelivery toUzbekistan = deliveries.stream().filter(d -> d.id().equals("kairakkum_energy_tjk_uzb")).findFirst().orElseThrow();
        // 350 GWh over June to September (SOURCES.md 6.2, iea_4842)
        assertThat(Arrays.stream(toUzbekistan.energyGwh().values()).sum()).isCloseTo(350.0, within(1e-9));
        assertThat(toUzbekistan.fromCountry()).isEqualTo("TJK");
        assertThat(deliveries).extracting(EnergyDelivery::basin).containsOnly("syr_darya");
    }

    @Test
    void loadsWithBothRiversEveryCountryAndTheNamedScenarios() {
        Basin basin = AralBasin.load();
        Network network = basin.network();
        assertThat(network.nodes()).extracting(node -> node.place().basin()).contains("syr_darya", "amu_darya");
        assertThat(network.nodes()).extracting(node -> node.country()).contains("KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG");
        assertThat(basin.hydrologies()).containsKeys("normal", "dry", "wet");
        assertThat(basin.scenarios()).containsKeys("kambarata-1", "rogun", "glacier-2050", "drought");
        assertThat(basin.scenario("kambarata-1").build()).contains("kambarata_1", "kambarata_1_hpp");
        assertThat(basin.scenario("rogun").build()).contains("rogun", "rogun_hpp");
    }

    @Test
    void toktogulKeepsItsDesignStorages() {
        Reservoir toktogul = (Reservoir) AralBasin.load().network().node("toktogul").orElseThrow();
        assertThat(toktogul.deadStorageHm3()).isEqualTo(5_500.0);
        assertThat(toktogul.fullStorageHm3()).isEqualTo(19_500.0);
    }

    @Test
    void plannedStructuresAreJunctionsUntilAScenarioBuildsThem() {
        Basin basin = AralBasin.load();
        assertThat(basin.prepare(Optional.empty(), List.of()).node("rogun").orElseThrow().kind()).isEqualTo("junction");
        assertThat(basin.prepare(Optional.empty(), List.of("rogun")).node("rogun").orElseThrow()).isInstanceOf(Reservoir.class);
    }

    @Test
    void everyInflowAndDemandHasItsSeries() {
        Network network = AralBasin.load().network();
        assertThat(network.nodesOf(Inflow.class)).hasSizeGreaterThan(15);
        assertThat(network.nodesOf(Demand.class)).hasSizeGreaterThan(25);
    }

    @Test
    void economyValuesWinterEnergyAboveSummerAndMunicipalWaterAboveIrrigation() {
        Economy economy = AralBasin.load().economy();
        assertThat(economy.energy().keySet()).containsExactlyInAnyOrder("KAZ", "KGZ", "TJK", "TKM", "UZB");
        CountryEnergy kgz = economy.energy("KGZ").orElseThrow();
        assertThat(Arrays.stream(kgz.demandGwh().values()).sum()).isCloseTo(13_166, within(2.0));  // IIASA 2020, 13.17 TWh
        assertThat(kgz.valueUsdPerMwh().month(1)).isEqualTo(35.7);
        assertThat(kgz.valueUsdPerMwh().month(7)).isEqualTo(28.6);
        assertThat(economy.waterValueUsdPerM3("dem_tashkent_municipal")).contains(0.3);
        assertThat(economy.waterValueUsdPerM3("dem_kyzylorda_kaz")).contains(0.03);
        assertThat(economy.waterValueUsdPerM3("dem_vakhsh_tjk")).contains(0.05);
    }

    @Test
    void everyInflowCarriesItsClimatologyThroughAHydrology() {
        Basin basin = AralBasin.load();
        assertThat(basin.network().nodesOf(Inflow.class)).allSatisfy(inflow -> assertThat(inflow.climatology()).isPresent());
        Inflow naryn = (Inflow) basin.prepare(Optional.of("dry"), List.of()).node("naryn_inflow").orElseThrow();
        assertThat(naryn.climatology().orElseThrow().meanM3s()[5]).isEqualTo(966.9);
    }
}
