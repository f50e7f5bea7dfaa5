package org.riparian.store.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Reservoir;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.FilterParser;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/** The shipped Aral basin seeds one station per gauge, reservoir and canal head, each in its node's country, once. */
class BasinSeedTest extends StoreTestCase {

    @Test
    void everyGaugeInflowReservoirAndCanalHeadBecomesAStationOnce() {
        Basin aral = AralBasin.load();
        long gauges = aral.network().nodesOf(Junction.class).stream().filter(Junction::gauge).count()
                + aral.network().nodesOf(Inflow.class).size();
        long reservoirs = aral.network().nodesOf(Reservoir.class).size();
        long canals = aral.network().nodesOf(Canal.class).size();
        long meters = 4;   // the Kairakkum barter both ways, Toktogul to KAZ and to UZB: four country pairs, four meters

        int seeded = new BasinSeed(store).seedIfEmpty(aral);

        assertThat(seeded).isEqualTo(gauges + reservoirs + canals + meters);
        assertThat(count(EntityType.THING, null)).isEqualTo(seeded);
        assertThat(count(EntityType.DATASTREAM, null)).isEqualTo(3 * gauges + 7 * reservoirs + 3 * canals + 3 * meters);
        assertThat(new BasinSeed(store).seedIfEmpty(aral)).isZero();
        ObjectNode toktogul = store.entities().list(Stations.ADMIN, EntityType.THING, Optional.empty(),
                new Query(Optional.of(FilterParser.parse("name eq 'toktogul'")), List.of(), 1, 0, false)).entities().get(0);
        assertThat(toktogul.at("/properties/country").asText()).isEqualTo("KGZ");
        assertThat(count(EntityType.DATASTREAM, "properties/processingLevel eq 'agreed' and properties/open eq true"))
                .isEqualTo(gauges + 2 * reservoirs + canals + meters);
    }

    @Test
    void anEnergyMeterIsAStationOfTheSupplyingCountryCountingGigawattHours() {
        Basin aral = AralBasin.load();
        new BasinSeed(store).seedIfEmpty(aral);

        var datastream = store.observations().datastreamAt("energy_tjk_uzb", BasinSeed.DELIVERED_ELECTRICITY).orElseThrow();
        assertThat(datastream.unit().symbol()).isEqualTo("GWh");
        assertThat(datastream.interpolation().isTotal()).isTrue();
        assertThat(count(EntityType.THING, "name eq 'energy_tjk_uzb' and properties/country eq 'TJK'")).isEqualTo(1);
    }

    @Test
    void aStoreSeededBeforeEnergyMetersGetsThemAddedOnceWithTheirObservedProperty() {
        Basin aral = AralBasin.load();
        new BasinSeed(store).seedIfEmpty(aral);
        List<EnergyDelivery> deliveries = aral.network().agreements().stream().filter(EnergyDelivery.class::isInstance)
                .map(EnergyDelivery.class::cast).toList();
        EnergyDelivery fresh = new EnergyDelivery("new_power", "KAZ", "KGZ", "syr_darya", deliveries.get(0).energyGwh(), List.of("KAZ", "KGZ"),
                "shymkent_meter", deliveries.get(0).terms());

        assertThat(new BasinSeed(store).addMeters(aral.name(), deliveries)).isZero();
        assertThat(new BasinSeed(store).addMeters(aral.name(), List.of(fresh, fresh))).isEqualTo(1);
        assertThat(count(EntityType.OBSERVED_PROPERTY, "name eq 'delivered electricity'")).isEqualTo(1);
        assertThat(store.observations().datastreamAt("shymkent_meter", BasinSeed.DELIVERED_ELECTRICITY)).isPresent();
    }

    private long count(EntityType type, String filter) {
        return store.entities().list(Stations.ADMIN, type, Optional.empty(),
                new Query(Optional.ofNullable(filter).map(FilterParser::parse), List.of(), 0, 0, true)).count().orElseThrow();
    }
}
