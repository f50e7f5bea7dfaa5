package org.riparian.store.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.riparian.store.testing.Stations.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.entity.EntityType;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/** QC rules flag, never delete; every flag names its rule; flags follow revisions and upstream changes. */
class QualityControlTest extends StoreTestCase {

    static final Principal KGZ = Principal.of("kyrgyzhydromet", Role.PROVIDER, "KGZ");
    static final long HOUR = 3_600_000L;
    static final long APRIL = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();
    static final long MAY = Instant.parse("2026-05-01T00:00:00Z").toEpochMilli();

    long naryn;

    @BeforeEach
    void gaugeNaryn() {
        naryn = stations.dischargeAt("Naryn", "KGZ");
    }

    @Test
    void aRangeRuleOfOneMonthFlagsHardAndSoftBreachesAndDeletesNothing() {
        store.qc().addRule(KGZ, naryn, json("{`kind`: `range`, `month`: 4, `hard`: [0, 3000], `soft`: [100, 1500]}"));

        deliver(naryn, APRIL, 500, 50, 4000, -1);
        deliver(naryn, MAY, 4000);

        assertThat(flags()).containsExactly("500.0: []", "50.0: [suspect range]", "4000.0: [bad range]", "-1.0: [bad range]", "4000.0: []");
        JsonNode flagged = observations().get(2).get("resultQuality").get(0);
        assertThat(flagged.get("ruleId").asLong()).isEqualTo(store.qc().rules(naryn).get(0).id());
        assertThat(flagged.get("detail").asText()).contains("hard range [0.0, 3000.0] for month 4");
    }

    @Test
    void rateFlatLineAndGapRulesFlagTheirPatterns() {
        store.qc().addRule(KGZ, naryn, json("{`kind`: `rate`, `maxChangePerHour`: 100}"));
        store.qc().addRule(KGZ, naryn, json("{`kind`: `flatline`, `count`: 4, `tolerance`: 0.01}"));
        store.qc().addRule(KGZ, naryn, json("{`kind`: `gap`, `maxGapHours`: 2}"));

        deliver(naryn, APRIL, 400, 410, 700, 700, 700, 700.005, 690);
        store.observations().deliver(KGZ, List.of(ObservationInput.at(naryn, APRIL + 12 * HOUR, 680, "late")));

        assertThat(flags()).containsExactly("400.0: []", "410.0: []", "700.0: [suspect rate, suspect flatline]", "700.0: [suspect flatline]",
                "700.0: [suspect flatline]", "700.005: [suspect flatline]", "690.0: []", "680.0: [suspect gap]");
    }

    @Test
    void continuityFlagsADownstreamGaugeCarryingLessThanUpstreamAllowsAndFollowsRevisions() {
        long upstream = stations.dischargeAt("Uch-Kurgan", "KGZ");
        long canal = stations.dischargeAt("Big Fergana Canal head", "KGZ");
        store.qc().addRule(KGZ, naryn, json("{`kind`: `continuity`, `upstream`: %d, `withdrawals`: [%d], `lossFraction`: 0.1, `tolerance`: 0.05}"
                .formatted(upstream, canal)));
        deliver(upstream, APRIL, 500, 500);
        deliver(canal, APRIL, 100, 100);

        deliver(naryn, APRIL, 350, 330);

        assertThat(flags()).containsExactly("350.0: []", "330.0: [suspect continuity]");
        deliver(naryn, APRIL + HOUR, 345);
        assertThat(flags()).containsExactly("350.0: []", "345.0: []");
        deliver(upstream, APRIL, 600);
        assertThat(flags()).containsExactly("350.0: [suspect continuity]", "345.0: []");
    }

    @Test
    void onlyWhoMayWriteADatastreamConfiguresItsRulesAndBadRulesAreNamed() {
        Principal uzb = Principal.of("uzhydromet", Role.PROVIDER, "UZB");
        assertThatThrownBy(() -> store.qc().addRule(uzb, naryn, json("{`kind`: `gap`, `maxGapHours`: 2}"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> store.qc().addRule(KGZ, naryn, json("{`kind`: `range`, `hard`: [5, 1]}")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rule.hard");
        assertThatThrownBy(() -> store.qc().addRule(KGZ, naryn, json("{`kind`: `sigma`}")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rule.kind");
        assertThatThrownBy(() -> store.entities().create(KGZ, EntityType.OBSERVATION, json(
                "{`phenomenonTime`: `2026-04-01T00:00:00Z`, `result`: 1, `resultQuality`: [], `Datastream`: {`@iot.id`: %d}}".formatted(naryn))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("resultQuality");
        assertThat(store.qc().rules(naryn)).isEmpty();
    }

    private void deliver(long datastream, long start, double... values) {
        List<ObservationInput> inputs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            inputs.add(ObservationInput.at(datastream, start + i * HOUR, values[i], "v" + i));
        }
        store.observations().deliver(Stations.ADMIN, inputs);
    }

    private List<JsonNode> observations() {
        return new ArrayList<>(store.entities().list(Stations.ADMIN, EntityType.OBSERVATION, Optional.of(new org.riparian.store.entity.Related(
                EntityType.DATASTREAM, naryn, EntityType.DATASTREAM.navigation("Observations").orElseThrow())),
                new Query(Optional.empty(), org.riparian.store.query.FilterParser.parseOrderBy("phenomenonTime"), 100, 0, false)).entities());
    }

    /** Each observation of Naryn as "value: [severity rule, ...]" in time order. */
    private List<String> flags() {
        List<String> lines = new ArrayList<>();
        for (JsonNode observation : observations()) {
            List<String> flags = new ArrayList<>();
            observation.get("resultQuality").forEach(f -> flags.add(f.get("flag").asText() + " " + f.get("rule").asText()));
            lines.add(observation.get("result").asDouble() + ": " + flags);
        }
        return lines;
    }
}
