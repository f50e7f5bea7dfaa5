package org.riparian.store.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.datastream.ProcessingLevel;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.StoreTestCase;

/** Revisions, "as of" reads, best available values and all-or-nothing delivery, on H2 (and on PostgreSQL in the PG subclass). */
class ObservationsTest extends StoreTestCase {

    static final Principal KGZ = Principal.of("kyrgyzhydromet", Role.PROVIDER, "KGZ");
    static final Principal KAZ = Principal.of("kazhydromet", Role.PROVIDER, "KAZ");
    static final Principal ICWC = Principal.of("icwc", Role.COORDINATOR, null);
    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000;

    long naryn;

    @BeforeEach
    void gaugeNaryn() {
        naryn = stations.dischargeAt("Naryn at Uch-Kurgan", "KGZ");
    }

    @Test
    void identicalRedeliveryChangesNothing() {
        Delivery first = deliver(KGZ, naryn, T0, 412.0);
        Delivery again = deliver(KGZ, naryn, T0, 412.0);

        assertThat(first.outcome()).isEqualTo(Delivery.Outcome.CREATED);
        assertThat(again).isEqualTo(new Delivery(first.observationId(), Delivery.Outcome.UNCHANGED));
        assertThat(store.observations().revisions(first.observationId())).singleElement()
                .satisfies(r -> assertThat(r.revision()).isEqualTo(1));
    }

    @Test
    void aDifferentValueIsANewRevisionAndTheOldOneStaysReadable() throws InterruptedException {
        Delivery first = deliver(KGZ, naryn, T0, 412.0);
        Thread.sleep(5);
        long between = System.currentTimeMillis();
        Thread.sleep(5);
        Principal corrector = Principal.of("kyrgyzhydromet-qc", Role.PROVIDER, "KGZ");
        Delivery second = deliver(corrector, naryn, T0, 398.5);

        assertThat(second).isEqualTo(new Delivery(first.observationId(), Delivery.Outcome.REVISED));
        List<Revision> revisions = store.observations().revisions(first.observationId());
        assertThat(revisions).extracting(Revision::revision, Revision::result, Revision::sender)
                .containsExactly(tuple(1, 412.0, "kyrgyzhydromet"),
                        tuple(2, 398.5, "kyrgyzhydromet-qc"));
        assertThat(store.observations().asOf(naryn, between, T0, T0 + 1)).extracting(Revision::result).containsExactly(412.0);
        assertThat(store.observations().asOf(naryn, System.currentTimeMillis(), T0, T0 + 1)).extracting(Revision::result).containsExactly(398.5);
        assertThat(store.observations().asOf(naryn, between - 10_000, T0, T0 + 1)).isEmpty();
        assertThat(store.audit().of("Observation", first.observationId())).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("412.0 -> 398.5").contains("kyrgyzhydromet"));
    }

    @Test
    void anIntervalAndAnInstantWithTheSameStartAreTwoObservations() {
        Delivery instant = deliver(KGZ, naryn, T0, 400.0);
        Delivery decade = store.observations().deliver(KGZ, List.of(
                new ObservationInput(naryn, T0, T0 + 10 * 24 * HOUR, 350.0, null, null, null, "decade"))).get(0);

        assertThat(decade.outcome()).isEqualTo(Delivery.Outcome.CREATED);
        assertThat(decade.observationId()).isNotEqualTo(instant.observationId());
    }

    @Test
    void aBatchIsDeliveredWhollyOrNotAtAll() {
        List<ObservationInput> batch = List.of(
                ObservationInput.at(naryn, T0, 400, "dataArray[0]"),
                ObservationInput.at(naryn, T0 + HOUR, 401, "dataArray[1]"),
                ObservationInput.at(naryn, T0, 402, "dataArray[2]"));

        assertThatThrownBy(() -> store.observations().deliver(KGZ, batch))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataArray[2]").hasMessageContaining("dataArray[0]");
        assertThat(store.observations().asOf(naryn, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aBatchAnswersInInputOrderAcrossDatastreams() {
        long syr = stations.dischargeAt("Syr Darya at Kal", "KAZ");
        deliver(KGZ, naryn, T0, 10);
        List<Delivery> done = store.observations().deliver(Stations.ADMIN, List.of(
                ObservationInput.at(syr, T0, 1, "a"), ObservationInput.at(naryn, T0, 10, "b"),
                ObservationInput.at(naryn, T0 + HOUR, 11, "c"), ObservationInput.at(naryn, T0 + HOUR, 11, "d")));

        assertThat(done).extracting(Delivery::outcome).containsExactly(Delivery.Outcome.CREATED, Delivery.Outcome.UNCHANGED,
                Delivery.Outcome.CREATED, Delivery.Outcome.UNCHANGED);
        assertThat(done.get(3).observationId()).isEqualTo(done.get(2).observationId());
    }

    @Test
    void aProviderWritesOnlyItsOwnCountryBelowTheAgreedLevel() {
        assertThatThrownBy(() -> deliver(KAZ, naryn, T0, 1)).isInstanceOf(ForbiddenException.class).hasMessageContaining("KGZ");
        assertThatThrownBy(() -> deliver(ICWC, naryn, T0, 1)).isInstanceOf(ForbiddenException.class).hasMessageContaining("raw");
        assertThatThrownBy(() -> deliver(Principal.of("r", Role.READER, null), naryn, T0, 1)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deliver(Principal.ANONYMOUS, naryn, T0, 1)).isInstanceOf(ForbiddenException.class);
        assertThat(store.observations().asOf(naryn, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void bestAvailableTakesAgreedThenValidatedThenRawInTheAskedUnit() {
        long thing = stations.gauge("Amu Darya at Kerki", "TKM");
        long sensor = stations.sensor("Kerki");
        long flow = stations.observedProperty("discharge Kerki");
        long raw = stations.datastream(thing, sensor, flow, "raw", "m3/s", "day", "AveragePrec");
        long validated = stations.datastream(thing, sensor, flow, "validated", "l/s", "day", "AveragePrec");
        long agreed = stations.datastream(thing, sensor, flow, "agreed", "m3/s", "day", "AveragePrec");
        Principal tkm = Principal.of("turkmen hydromet", Role.PROVIDER, "TKM");
        for (int day = 0; day < 3; day++) {
            deliver(tkm, raw, T0 + day * 24 * HOUR, 1000 + day);
        }
        deliver(tkm, validated, T0 + 24 * HOUR, 990_000);
        deliver(tkm, validated, T0 + 2 * 24 * HOUR, 995_000);
        deliver(ICWC, agreed, T0 + 2 * 24 * HOUR, 997);

        List<BestValue> best = store.observations().bestAvailable(raw, T0, T0 + 3 * 24 * HOUR);

        assertThat(best).extracting(BestValue::result, BestValue::level).containsExactly(
                tuple(1000.0, ProcessingLevel.RAW),
                tuple(990.0, ProcessingLevel.VALIDATED),
                tuple(997.0, ProcessingLevel.AGREED));
    }

    @Test
    void bestAvailableAsOfAnEarlierTimeSeesTheLevelsAndRevisionsHeldThen() throws InterruptedException {
        long thing = stations.gauge("Syr Darya at Kazalinsk", "KAZ");
        long sensor = stations.sensor("Kazalinsk");
        long flow = stations.observedProperty("discharge Kazalinsk");
        long raw = stations.datastream(thing, sensor, flow, "raw", "l/s", "day", "AveragePrec");
        long validated = stations.datastream(thing, sensor, flow, "validated", "m3/s", "day", "AveragePrec");
        Principal kaz = Principal.of("kazhydromet", Role.PROVIDER, "KAZ");
        deliver(kaz, raw, T0, 120_000);
        deliver(kaz, raw, T0 + 24 * HOUR, 130_000);
        long before = pause();
        deliver(kaz, raw, T0, 125_000);
        deliver(kaz, validated, T0 + 24 * HOUR, 128);

        // before the revision and the validation: both days raw, 120 000 and 130 000 l/s in the validated stream's m3/s
        assertThat(store.observations().bestAvailableAsOf(validated, before, T0, T0 + 2 * 24 * HOUR))
                .extracting(BestValue::result, BestValue::level)
                .containsExactly(tuple(120.0, ProcessingLevel.RAW), tuple(130.0, ProcessingLevel.RAW));
        // now: day one revised to 125, day two validated at 128
        assertThat(store.observations().bestAvailableAsOf(raw, System.currentTimeMillis(), T0, T0 + 2 * 24 * HOUR))
                .extracting(BestValue::result, BestValue::level)
                .containsExactly(tuple(125_000.0, ProcessingLevel.RAW), tuple(128_000.0, ProcessingLevel.VALIDATED));
        assertThat(store.observations().datastreamAt("Syr Darya at Kazalinsk", "discharge Kazalinsk")).hasValueSatisfying(
                d -> assertThat(d.id()).isEqualTo(raw));
        assertThat(store.observations().datastreamAt("Syr Darya at Kazalinsk", "release")).isEmpty();
    }

    @Test
    void generatedValuesAreMarkedAndFoundInTheirSeries() {
        store.observations().deliver(KGZ, List.of(new ObservationInput(naryn, T0, T0, 400, null, "{" + ObservationInput.SYNTHETIC
                + ",\"generator\":\"test\"}", null, "observation")));
        deliver(KGZ, naryn, T0 + 30 * 24 * HOUR, 410);

        assertThat(store.observations().anySynthetic(naryn, T0, T0 + 24 * HOUR)).isTrue();
        assertThat(store.observations().anySynthetic(naryn, T0 + 24 * HOUR, T0 + 40 * 24 * HOUR)).isFalse();
    }

    /** A moment strictly between what was received before and what is received after. */
    private static long pause() throws InterruptedException {
        Thread.sleep(5);
        long between = System.currentTimeMillis();
        Thread.sleep(5);
        return between;
    }

    @Test
    void aBatchOfNewUnchangedRevisedAndRepeatedValuesAnswersEachInItsPlace() {
        Delivery kept = deliver(KGZ, naryn, T0, 400.0);
        Delivery corrected = deliver(KGZ, naryn, T0 + HOUR, 410.0);

        // new at 2 h, unchanged at 0 h, revised at 1 h (410 -> 415), new at 3 h, and 2 h again with its same value
        List<Delivery> done = store.observations().deliver(KGZ, List.of(ObservationInput.at(naryn, T0 + 2 * HOUR, 420.0, "row 1"),
                ObservationInput.at(naryn, T0, 400.0, "row 2"), ObservationInput.at(naryn, T0 + HOUR, 415.0, "row 3"),
                ObservationInput.at(naryn, T0 + 3 * HOUR, 430.0, "row 4"), ObservationInput.at(naryn, T0 + 2 * HOUR, 420.0, "row 5")));

        assertThat(done).extracting(Delivery::outcome).containsExactly(Delivery.Outcome.CREATED, Delivery.Outcome.UNCHANGED,
                Delivery.Outcome.REVISED, Delivery.Outcome.CREATED, Delivery.Outcome.UNCHANGED);
        assertThat(done.get(1).observationId()).isEqualTo(kept.observationId());
        assertThat(done.get(2).observationId()).isEqualTo(corrected.observationId());
        assertThat(done.get(4).observationId()).isEqualTo(done.get(0).observationId());
        assertThat(done.get(3).observationId()).isNotIn(done.get(0).observationId(), kept.observationId(), corrected.observationId());
        assertThat(store.observations().asOf(naryn, System.currentTimeMillis(), T0, T0 + 4 * HOUR)).extracting(Revision::result)
                .containsExactly(400.0, 415.0, 420.0, 430.0);
    }

    @Test
    void twoProvidersDeliveringTheSameNewTimesAtOnceStoreEachTimeOnce() throws Exception {
        List<ObservationInput> hours = java.util.stream.IntStream.range(0, 500)
                .mapToObj(h -> ObservationInput.at(naryn, T0 + h * HOUR, 300.0 + h, "hour " + h)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> store.observations().deliver(KGZ, hours));
            var second = pool.submit(() -> store.observations().deliver(KGZ, hours));

            List<Delivery> a = first.get();
            List<Delivery> b = second.get();
            assertThat(a).extracting(Delivery::observationId).isEqualTo(b.stream().map(Delivery::observationId).toList());
            assertThat(java.util.stream.Stream.concat(a.stream(), b.stream()).filter(d -> d.outcome() == Delivery.Outcome.CREATED)).hasSize(500);
            assertThat(store.observations().asOf(naryn, System.currentTimeMillis(), T0, T0 + 500 * HOUR)).hasSize(500);
        } finally {
            pool.shutdown();
        }
    }

    private Delivery deliver(Principal who, long datastream, long at, double result) {
        return store.observations().deliver(who, List.of(ObservationInput.at(datastream, at, result, "observation"))).get(0);
    }
}
