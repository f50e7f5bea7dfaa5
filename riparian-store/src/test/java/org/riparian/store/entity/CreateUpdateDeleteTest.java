package org.riparian.store.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.riparian.store.testing.Stations.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.store.ConflictException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.observation.Revision;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/**
 * The standard's create-update-delete rules that OGC's conformance suite checks: an observation needs a feature of
 * interest, results read back as sent, a unit Riparian does not convert may be relabelled, deletes take what hangs on
 * the deleted entity.
 */
class CreateUpdateDeleteTest extends StoreTestCase {

    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    @Test
    void anObservationAtAThingWithoutLocationNeedsItsFeatureOfInterest() {
        long thing = store.entities().create(Stations.ADMIN, EntityType.THING, json("{`name`: `bare`, `description`: `no location`, `properties`: {`country`: `KGZ`}}"));
        long datastream = datastream(thing, "m3/s");

        assertThatThrownBy(() -> store.entities().create(Stations.ADMIN, EntityType.OBSERVATION, json("""
                {`phenomenonTime`: `2026-04-01T00:00:00Z`, `result`: 100, `Datastream`: {`@iot.id`: %d}}""".formatted(datastream))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Observation.FeatureOfInterest")
                .hasMessageContaining("has no Location");
        assertThatThrownBy(() -> store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, T0, 1, "line 2"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2.FeatureOfInterest");
        assertThat(count(EntityType.OBSERVATION)).isZero();

        long withFeature = store.entities().create(Stations.ADMIN, EntityType.OBSERVATION, json("""
                {`phenomenonTime`: `2026-04-01T00:00:00Z`, `result`: 100, `Datastream`: {`@iot.id`: %d},
                 `FeatureOfInterest`: {`name`: `reach`, `description`: `river reach`, `encodingType`: `application/geo+json`,
                                       `feature`: {`type`: `Point`, `coordinates`: [72.5, 41.2]}}}""".formatted(datastream)));
        assertThat(store.entities().get(Stations.ADMIN, EntityType.OBSERVATION, withFeature).get("result").asInt()).isEqualTo(100);
    }

    @Test
    void wholeResultsReadBackAsIntegersAndOthersAsDecimals() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, T0, 10, "a"),
                ObservationInput.at(datastream, T0 + 1, 10.5, "b"), ObservationInput.at(datastream, T0 + 2, -3, "c"),
                ObservationInput.at(datastream, T0 + 3, 1e300, "d")));

        List<JsonNode> results = store.entities().list(Stations.ADMIN, EntityType.OBSERVATION, Optional.empty(), Query.all())
                .entities().stream().map(o -> o.get("result")).toList();

        // 10 and -3 are whole and exact as longs; 10.5 is not whole; 1e300 is whole but beyond 2^53, so it stays a double.
        assertThat(results).extracting(JsonNode::toString).containsExactly("10", "10.5", "-3", "1.0E300");
        assertThat(results.get(0).isIntegralNumber()).isTrue();
    }

    @Test
    void aUnitRiparianDoesNotConvertMayBeRelabelledUnderObservationsAndIsAudited() {
        long datastream = locatedDatastream("lm");
        store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, T0, 7, "a")));

        store.entities().update(Stations.ADMIN, EntityType.DATASTREAM, datastream,
                json("{`unitOfMeasurement`: {`name`: `Entropy2`, `symbol`: `S2`, `definition`: `x`}}"));

        assertThat(store.entities().get(Stations.ADMIN, EntityType.DATASTREAM, datastream).at("/unitOfMeasurement/symbol").asText()).isEqualTo("S2");
        assertThat(store.audit().of("Datastream", datastream)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("relabel unit");
            assertThat(e.detail()).contains("lm -> S2").contains("1 observations");
        });
        assertThat(store.entities().list(Stations.ADMIN, EntityType.OBSERVATION, Optional.empty(), Query.all()).entities())
                .singleElement().satisfies(o -> assertThat(o.get("result").asInt()).isEqualTo(7));
    }

    @Test
    void aConvertedUnitStaysOnEitherSideOfARelabel() {
        long unconverted = locatedDatastream("lm");
        long converted = stations.dischargeAt("Naryn", "KGZ");
        store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(unconverted, T0, 7, "a"), ObservationInput.at(converted, T0, 412.5, "b")));

        assertThatThrownBy(() -> store.entities().update(Stations.ADMIN, EntityType.DATASTREAM, unconverted,
                json("{`unitOfMeasurement`: {`name`: `cms`, `symbol`: `m3/s`, `definition`: ``}}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("lm");
        assertThatThrownBy(() -> store.entities().update(Stations.ADMIN, EntityType.DATASTREAM, converted,
                json("{`unitOfMeasurement`: {`name`: `lumen`, `symbol`: `lm`, `definition`: ``}}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("m3/s");
    }

    @Test
    void movingAnObservationsPhenomenonTimeIsARevisionThatKeepsTheTimeItHad() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        long observation = store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, T0, 5, "a"))).get(0).observationId();
        store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, T0 + 7_200_000L, 6, "b")));

        store.entities().update(Stations.ADMIN, EntityType.OBSERVATION, observation, json("{`phenomenonTime`: `2026-04-01T01:00:00Z`}"));

        List<Revision> revisions = store.observations().revisions(observation);
        assertThat(revisions).extracting(Revision::revision).containsExactly(1, 2);
        assertThat(revisions).extracting(Revision::phenomenonStart)
                .containsExactly(Instant.ofEpochMilli(T0), Instant.parse("2026-04-01T01:00:00Z"));
        assertThat(revisions).extracting(Revision::result).containsExactly(5.0, 5.0);
        assertThat(store.audit().of("Observation", observation)).last()
                .satisfies(e -> assertThat(e.detail()).contains("phenomenon time 2026-04-01T00:00:00Z -> 2026-04-01T01:00:00Z"));
        assertThatThrownBy(() -> store.entities().update(Stations.ADMIN, EntityType.OBSERVATION, observation,
                json("{`phenomenonTime`: `2026-04-01T02:00:00Z`}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already holds an observation at 2026-04-01T02:00:00Z");
        assertThat(store.observations().revisions(observation)).hasSize(2);
    }

    @Test
    void deletingALocationTakesTheHistoricalLocationsThatNamedOnlyIt() {
        long thing = stations.gauge("Naryn", "KGZ");
        long first = onlyLocation(thing);
        long second = store.entities().create(Stations.ADMIN, EntityType.LOCATION, json("""
                {`name`: `new site`, `description`: `moved`, `encodingType`: `application/geo+json`,
                 `location`: {`type`: `Point`, `coordinates`: [72.6, 41.3]}, `properties`: {`country`: `KGZ`}}"""));
        store.entities().update(Stations.ADMIN, EntityType.THING, thing, json("{`Locations`: [{`@iot.id`: %d}, {`@iot.id`: %d}]}".formatted(first, second)));
        // Two historical locations now: one at creation naming {first}, one after the PATCH naming {first, second}.
        assertThat(count(EntityType.HISTORICAL_LOCATION)).isEqualTo(2);

        store.entities().delete(Stations.ADMIN, EntityType.LOCATION, first);

        assertThat(count(EntityType.HISTORICAL_LOCATION)).isEqualTo(1);
        assertThat(store.audit().of("Location", first)).last().satisfies(e -> assertThat(e.detail()).contains("1 historical locations"));
        store.entities().delete(Stations.ADMIN, EntityType.THING, thing);
        assertThat(count(EntityType.HISTORICAL_LOCATION)).isZero();
        assertThat(count(EntityType.LOCATION)).isEqualTo(1);
    }

    private long onlyLocation(long thing) {
        return store.entities().list(Stations.ADMIN, EntityType.LOCATION,
                Optional.of(new Related(EntityType.THING, thing, EntityType.THING.navigation("Locations").orElseThrow())), Query.all())
                .entities().get(0).get("@iot.id").asLong();
    }

    private long locatedDatastream(String unit) {
        return datastream(stations.gauge("Office", "KGZ"), unit);
    }

    private long datastream(long thing, String unit) {
        return stations.datastream(thing, stations.sensor("sensor " + thing), stations.observedProperty("property " + thing), "raw", unit,
                "instant", "Continuous");
    }

    private long count(EntityType type) {
        return store.entities().list(Stations.ADMIN, type, Optional.empty(), new Query(Optional.empty(), List.of(), 0, 0, true)).count().orElseThrow();
    }
}
