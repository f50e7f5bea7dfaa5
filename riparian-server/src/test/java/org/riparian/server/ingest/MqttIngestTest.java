package org.riparian.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.server.testing.Broker;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/** MQTT ingestion from the real local Mosquitto: stored once, nothing lost while the server is away, bad messages audited. */
class MqttIngestTest {

    static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    StoreSettings settings;
    Store store;
    long datastream;
    MqttClient station;

    @BeforeEach
    void start() {
        Broker.require();
        settings = TestDatabases.h2();
        store = Store.open(settings);
        datastream = new Stations(store).dischargeAt("Naryn", "KGZ");
        station = Broker.station();
    }

    @AfterEach
    void stop() throws MqttException {
        if (station != null) {
            station.disconnect();
            station.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void publishedObservationsAreStoredOnceInTheDatastreamsUnit() throws InterruptedException {
        String clientId = Broker.clientId("ingest");
        try (MqttIngest ignored = MqttIngest.start(store, Broker.URI, clientId)) {
            for (int i = 0; i < 100; i++) {
                Broker.publish(station, datastream, observation(i, 400_000 + i, "l/s"));
            }
            Broker.publish(station, datastream, observation(0, 400_000, "l/s"));
            awaitCount(this::count, 100);
        } finally {
            Broker.forget(clientId);
        }
        assertThat(count()).isEqualTo(100);
        double first = store.jdbi().withHandle(h -> h.createQuery("select result from observation order by phenomenon_start_ms limit 1")
                .mapTo(Double.class).one());
        assertThat(first).isEqualTo(400.0);
    }

    @Test
    void whatIsPublishedWhileTheServerIsAwayArrivesWhenItReturns() throws InterruptedException {
        String clientId = Broker.clientId("restart");
        try (MqttIngest ignored = MqttIngest.start(store, Broker.URI, clientId)) {
            Broker.publish(station, datastream, observation(0, 1, null));
            awaitCount(this::count, 1);
        }
        for (int i = 1; i <= 50; i++) {
            Broker.publish(station, datastream, observation(i, 1 + i, null));
        }
        assertThat(count()).isEqualTo(1);
        try (MqttIngest ignored = MqttIngest.start(store, Broker.URI, clientId)) {
            awaitCount(this::count, 51);
        } finally {
            Broker.forget(clientId);
        }
        assertThat(count()).isEqualTo(51);
    }

    @Test
    void aMessageThatCannotBeStoredIsAuditedAndDoesNotBlockTheRest() throws InterruptedException {
        Stations stations = new Stations(store);
        long agreed = stations.datastream(stations.gauge("Kal", "KAZ"), stations.sensor("k"), stations.observedProperty("q"),
                "agreed", "m3/s", "instant", "Continuous");
        String clientId = Broker.clientId("bad");
        try (MqttIngest ignored = MqttIngest.start(store, Broker.URI, clientId)) {
            Broker.publish(station, agreed, observation(0, 1, null));
            Broker.publish(station, datastream, "{\"phenomenonTime\": \"2026-04-01T00:00:00\", \"result\": 1}");
            Broker.publish(station, datastream, "not json");
            Broker.publish(station, 987654, observation(0, 1, null));
            Broker.publish(station, datastream, observation(1, 2, null));
            awaitCount(this::count, 1);
            awaitCount(() -> store.audit().latest(100).stream().filter(e -> e.action().equals("reject")).count(), 4);
        } finally {
            Broker.forget(clientId);
        }
        assertThat(store.audit().latest(100)).filteredOn(e -> e.action().equals("reject"))
                .extracting(e -> e.detail()).anySatisfy(d -> assertThat(d).contains("offset"))
                .anySatisfy(d -> assertThat(d).contains("not valid JSON")).anySatisfy(d -> assertThat(d).contains("987654"))
                .anySatisfy(d -> assertThat(d).contains("may not write observations of KAZ at the agreed level"));
    }

    private long count() {
        return store.jdbi().withHandle(h -> h.createQuery("select count(*) from observation").mapTo(Long.class).one());
    }

    private static String observation(int hour, double result, String unit) {
        return "{\"phenomenonTime\": \"" + T0.plus(Duration.ofHours(hour)) + "\", \"result\": " + result
                + (unit == null ? "" : ", \"unitOfMeasurement\": {\"symbol\": \"" + unit + "\"}") + "}";
    }

    static void awaitCount(LongSupplier count, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (count.getAsLong() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(count.getAsLong()).isEqualTo(expected);
    }
}
