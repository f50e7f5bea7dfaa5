package org.riparian.store.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.riparian.store.testing.Stations.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.store.ConflictException;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.query.FilterParser;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/** The SensorThings entities through the store: deep insert, queries, rights, refusals that write nothing. */
class EntitiesTest extends StoreTestCase {

    static final Principal KGZ = Principal.of("kyrgyzhydromet", Role.PROVIDER, "KGZ");
    static final Principal UZB = Principal.of("uzhydromet", Role.PROVIDER, "UZB");
    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    @Test
    void aThingWithItsLocationAndDatastreamIsCreatedInOneRequest() {
        long property = stations.observedProperty("discharge");
        long thing = store.entities().create(KGZ, EntityType.THING, json("""
                {`name`: `Toktogul`, `description`: `reservoir`,
                 `Locations`: [{`name`: `dam`, `description`: `dam site`, `encodingType`: `application/geo+json`,
                                `location`: {`type`: `Point`, `coordinates`: [72.8, 41.8]}}],
                 `Datastreams`: [{`name`: `release`, `description`: `turbine release`, `observationType`: `OM_Measurement`,
                                  `unitOfMeasurement`: {`name`: `cms`, `symbol`: `m3/s`, `definition`: ``},
                                  `Sensor`: {`name`: `gate`, `description`: `gate sensor`, `encodingType`: `text/html`, `metadata`: `x`},
                                  `ObservedProperty`: {`@iot.id`: %d}}]}""".formatted(property)));

        ObjectNode stored = store.entities().get(KGZ, EntityType.THING, thing);
        assertThat(stored.at("/properties/country").asText()).isEqualTo("KGZ");
        Page datastreams = store.entities().list(KGZ, EntityType.DATASTREAM,
                Optional.of(new Related(EntityType.THING, thing, EntityType.THING.navigation("Datastreams").orElseThrow())), Query.all());
        assertThat(datastreams.entities()).singleElement().satisfies(d -> {
            assertThat(d.at("/unitOfMeasurement/symbol").asText()).isEqualTo("m3/s");
            assertThat(d.at("/properties/processingLevel").asText()).isEqualTo("raw");
            assertThat(d.at("/properties/interpolationType").asText()).isEqualTo("Continuous");
        });
        assertThat(count(EntityType.HISTORICAL_LOCATION)).isEqualTo(1);
    }

    @Test
    void aRefusedDeepInsertLeavesNothingBehind() {
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.THING, json("""
                {`name`: `Kerki`, `description`: `gauge`,
                 `Locations`: [{`name`: `site`, `description`: `d`, `encodingType`: `application/geo+json`, `location`: {}}],
                 `Datastreams`: [{`name`: `q`, `description`: `d`, `observationType`: `x`,
                                  `unitOfMeasurement`: {`name`: `x`, `symbol`: `m3/s`, `definition`: ``},
                                  `Sensor`: {`@iot.id`: 999}, `ObservedProperty`: {`@iot.id`: 999}}]}""")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
        long property = stations.observedProperty("q");
        long sensor = stations.sensor("s");
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.THING, json("""
                {`name`: `Kerki`, `description`: `gauge`,
                 `Datastreams`: [{`name`: `q`, `description`: `d`, `observationType`: `x`,
                                  `unitOfMeasurement`: {`name`: `x`, `symbol`: ``, `definition`: ``},
                                  `Sensor`: {`@iot.id`: %d}, `ObservedProperty`: {`@iot.id`: %d}}]}""".formatted(sensor, property))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Thing.Datastreams[0].unitOfMeasurement.symbol").hasMessageContaining("m3/s");
        assertThat(count(EntityType.THING)).isZero();
        assertThat(count(EntityType.LOCATION)).isZero();
    }

    @Test
    void missingAndUnknownPropertiesAreNamed() {
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.THING, json("{`description`: `no name`}")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Thing.name: is required");
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.THING, json("{`name`: `a`, `description`: `b`, `nmae`: `c`}")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Thing.nmae: is not a property of Thing");
        assertThatThrownBy(() -> store.entities().create(Stations.ADMIN, EntityType.THING, json("{`name`: `a`, `description`: `b`}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Thing.properties.country");
    }

    @Test
    void aTimeWithoutOffsetIsRefused() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.OBSERVATION, json("""
                {`phenomenonTime`: `2026-04-01T06:00:00`, `result`: 3.5, `Datastream`: {`@iot.id`: %d}}""".formatted(datastream))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Observation.phenomenonTime").hasMessageContaining("offset");
    }

    @Test
    void aProviderCannotTouchAnotherCountrysStation() {
        long kgzThing = store.entities().create(KGZ, EntityType.THING, json("{`name`: `Naryn`, `description`: `gauge`}"));

        assertThatThrownBy(() -> store.entities().update(UZB, EntityType.THING, kgzThing, json("{`name`: `mine now`}")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> store.entities().delete(UZB, EntityType.THING, kgzThing)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> store.entities().update(KGZ, EntityType.THING, kgzThing, json("{`properties`: {`country`: `UZB`}}")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(store.entities().get(KGZ, EntityType.THING, kgzThing).get("name").asText()).isEqualTo("Naryn");
        assertThat(store.entities().get(KGZ, EntityType.THING, kgzThing).at("/properties/country").asText()).isEqualTo("KGZ");
    }

    @Test
    void deletingADatastreamTakesItsObservationsAndIsAudited() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        store.observations().deliver(KGZ, List.of(ObservationInput.at(datastream, T0, 1, "a"), ObservationInput.at(datastream, T0 + 1, 2, "b")));

        store.entities().delete(KGZ, EntityType.DATASTREAM, datastream);

        assertThat(count(EntityType.OBSERVATION)).isZero();
        assertThat(store.audit().of("Datastream", datastream)).last().satisfies(e -> assertThat(e.detail()).contains("2 observations"));
    }

    @Test
    void aDatastreamKeepsItsUnitWhileItHoldsObservations() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        store.observations().deliver(KGZ, List.of(ObservationInput.at(datastream, T0, 1, "a")));

        assertThatThrownBy(() -> store.entities().update(KGZ, EntityType.DATASTREAM, datastream,
                json("{`unitOfMeasurement`: {`name`: `l`, `symbol`: `l/s`, `definition`: ``}}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("m3/s");
    }

    @Test
    void filterOrderAndPageObservations() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        List<ObservationInput> inputs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inputs.add(ObservationInput.at(datastream, T0 + i * 3_600_000L, 100 + i, "o" + i));
        }
        store.observations().deliver(KGZ, inputs);

        Query query = new Query(Optional.of(FilterParser.parse("result ge 103 and phenomenonTime lt 2026-04-01T08:00:00Z")),
                FilterParser.parseOrderBy("result desc"), 2, 1, true);
        Page page = store.entities().list(KGZ, EntityType.OBSERVATION, Optional.empty(), query);

        assertThat(page.count()).hasValue(5);
        assertThat(page.entities()).extracting(o -> o.get("result").asDouble()).containsExactly(106.0, 105.0);
        assertThat(page.more()).isTrue();
        Query byThing = new Query(Optional.of(FilterParser.parse("Datastream/Thing/name eq 'Naryn' and startswith(Datastream/name, 'raw')")),
                List.of(), 100, 0, true);
        assertThat(store.entities().list(KGZ, EntityType.OBSERVATION, Optional.empty(), byThing).count()).hasValue(10);
    }

    @Test
    void filterInjectionFindsNothingAndChangesNothing() {
        stations.dischargeAt("Naryn", "KGZ");
        for (String hostile : List.of("name eq 'x'' or 1 eq 1 --'", "name eq 'a''; drop table thing; --'",
                "name eq 'Naryn'' or ''1''=''1'")) {
            Page page = store.entities().list(KGZ, EntityType.THING, Optional.empty(),
                    new Query(Optional.of(FilterParser.parse(hostile)), List.of(), 100, 0, false));
            assertThat(page.entities()).as(hostile).isEmpty();
        }
        assertThatThrownBy(() -> FilterParser.parse("name eq 'x' or 1=1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$filter");
        assertThatThrownBy(() -> store.entities().list(KGZ, EntityType.THING, Optional.empty(),
                new Query(Optional.of(FilterParser.parse("password eq 'x'")), List.of(), 100, 0, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'password' is not a property of Thing");
        assertThat(count(EntityType.THING)).isEqualTo(1);
    }

    @Test
    void anonymousReadersSeeOnlyOpenData() {
        long closed = stations.dischargeAt("Naryn", "KGZ");
        long open = stations.dischargeAt("Chirchik", "UZB");
        store.entities().update(Stations.ADMIN, EntityType.DATASTREAM, open, json("{`properties`: {`open`: true}}"));
        store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(closed, T0, 1, "a"), ObservationInput.at(open, T0, 2, "b")));

        Page anonymous = store.entities().list(Principal.ANONYMOUS, EntityType.OBSERVATION, Optional.empty(), Query.all());
        Page reader = store.entities().list(Principal.of("r", Role.READER, null), EntityType.OBSERVATION, Optional.empty(), Query.all());

        assertThat(anonymous.entities()).extracting(o -> o.get("result").asDouble()).containsExactly(2.0);
        assertThat(reader.entities()).hasSize(2);
    }

    private long count(EntityType type) {
        return store.entities().list(Stations.ADMIN, type, Optional.empty(), new Query(Optional.empty(), List.of(), 0, 0, true)).count().orElseThrow();
    }
}
