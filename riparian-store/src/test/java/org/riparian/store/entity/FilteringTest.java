package org.riparian.store.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riparian.store.testing.Stations.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.query.FilterParser;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/** {@code $filter} semantics that OGC's conformance suite checks: a number against a string, a JSON string property. */
class FilteringTest extends StoreTestCase {

    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    @Test
    void aResultComparedWithAStringIsComparedAsTheTextItReadsAs() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        List<ObservationInput> inputs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            inputs.add(ObservationInput.at(datastream, T0 + i * 3_600_000L, i, "o" + i));
        }
        inputs.add(ObservationInput.at(datastream, T0, 2.5, "o0"));
        store.observations().deliver(Stations.ADMIN, inputs);

        // As text, "4" .. "9" are greater than "3"; "10", "11", "12" and "2.5" are smaller (their first characters 1 and 2 are).
        assertThat(count("result gt '3'")).isEqualTo(6);
        // As numbers, 4 .. 12 are greater than 3.
        assertThat(count("result gt 3")).isEqualTo(9);
        // "2.5" equals '2.5' as text: a fraction reads with its decimals, a whole number without.
        assertThat(count("result eq '2.5'")).isEqualTo(1);
        assertThat(count("result eq '10'")).isEqualTo(1);
        assertThat(count("'10' eq result")).isEqualTo(1);
        assertThat(count("result eq '10.0'")).isZero();
    }

    @Test
    void theCountAppliesTheFilterWhateverThePage() {
        long datastream = stations.dischargeAt("Naryn", "KGZ");
        List<ObservationInput> inputs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            inputs.add(ObservationInput.at(datastream, T0 + i * 3_600_000L, i, "o" + i));
        }
        store.observations().deliver(Stations.ADMIN, inputs);

        Page page = store.entities().list(Stations.ADMIN, EntityType.OBSERVATION, Optional.empty(),
                new Query(Optional.of(FilterParser.parse("result gt '3'")), FilterParser.parseOrderBy("phenomenonTime asc"), 1, 2, true));

        // Matches in time order are 4, 5, 6, 7, 8, 9; skipping two and taking one gives 6, and the count is of all six.
        assertThat(page.count()).hasValue(6);
        assertThat(page.entities()).singleElement().satisfies(o -> assertThat(o.get("result").asInt()).isEqualTo(6));
    }

    @Test
    void aJsonPropertyHoldingAStringComparesAsThatString() {
        sensor("radar", "\"Light flux sensor\"");
        sensor("gauge", "\"https://riparian.example/gauge\"");
        sensor("logger", "{`model`: `x`}");

        assertThat(names(EntityType.SENSOR, "metadata eq 'Light flux sensor'")).containsExactly("radar");
        assertThat(names(EntityType.SENSOR, "metadata lt 'Light flux sensor'")).isEmpty();
        assertThat(names(EntityType.SENSOR, "metadata gt 'Light flux sensor'")).containsExactly("gauge");
        assertThat(names(EntityType.SENSOR, "startswith(metadata, 'https:')")).containsExactly("gauge");
        // An object is not a string: it matches no comparison with one, either way.
        assertThat(names(EntityType.SENSOR, "metadata ne 'Light flux sensor'")).containsExactly("gauge");
    }

    private void sensor(String name, String metadata) {
        store.entities().create(Stations.ADMIN, EntityType.SENSOR, json("""
                {`name`: `%s`, `description`: `sensor`, `encodingType`: `text/html`, `metadata`: %s}""".formatted(name, metadata)));
    }

    private long count(String filter) {
        return store.entities().list(Stations.ADMIN, EntityType.OBSERVATION, Optional.empty(),
                new Query(Optional.of(FilterParser.parse(filter)), List.of(), 0, 0, true)).count().orElseThrow();
    }

    private List<String> names(EntityType type, String filter) {
        return store.entities().list(Stations.ADMIN, type, Optional.empty(), new Query(Optional.of(FilterParser.parse(filter)), List.of(), 100, 0, false))
                .entities().stream().map(e -> e.get("name").asText()).toList();
    }
}
