package org.riparian.bench.hydromet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Kills the server with SIGKILL in the middle of sustained HTTP (CreateObservations, batches of 50) and MQTT (QoS 1)
 * ingestion, restarts it on the same data directory and MQTT session, and checks that every observation that was
 * acknowledged (HTTP 201, MQTT PUBACK) is stored, and none twice. What the broker keeps for the server while it is
 * down is bounded by its queue per client (Mosquitto's {@code max_queued_messages}, 1000 by default): beyond it the
 * broker drops messages it has acknowledged, so the station here publishes about 100 messages a second, which a
 * restart of under ten seconds keeps within the default. Run:
 * {@code java -cp riparian-bench-all.jar org.riparian.bench.hydromet.KillNineReliability [seconds-before-kill]}.
 */
public final class KillNineReliability {

    static final String BROKER = "tcp://127.0.0.1:1883";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

    /** What was acknowledged, what was found, and what went wrong. */
    public record Result(int httpAcked, int mqttAcked, int httpRefusedWhileDown, int httpStored, int mqttStored,
            List<Long> httpMissing, List<Long> mqttMissing, int duplicates) {

        public boolean holds() {
            return httpMissing.isEmpty() && mqttMissing.isEmpty() && duplicates == 0;
        }

        @Override
        public String toString() {
            return "HTTP: " + httpAcked + " acknowledged (" + httpRefusedWhileDown + " batches failed while down), " + httpStored
                    + " stored, missing " + httpMissing.size() + "; MQTT: " + mqttAcked + " acknowledged by the broker, " + mqttStored
                    + " stored, missing " + mqttMissing.size() + "; stored twice: " + duplicates;
        }
    }

    private KillNineReliability() {
    }

    public static void main(String[] args) throws Exception {
        Result result = run(Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5));
        System.out.println(result);
        System.exit(result.holds() ? 0 : 1);
    }

    public static Result run(Duration beforeKill) throws Exception {
        Path data = Files.createTempDirectory("riparian-kill9-");
        String clientId = "riparian-kill9-" + UUID.randomUUID().toString().substring(0, 8);
        ServerProcess first = ServerProcess.start(data, BROKER, clientId);
        String token = first.token;
        long[] datastreams = datastreams(first.port, token);
        Set<Long> httpAcked = ConcurrentHashMap.newKeySet();
        Set<Long> mqttAcked = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        int[] port = {first.port};
        int[] failedBatches = {0};
        Thread http = new Thread(() -> postLoop(port, token, datastreams[0], httpAcked, failedBatches, running), "http-ingest");
        Thread mqtt = new Thread(() -> publishLoop(datastreams[1], mqttAcked, running), "mqtt-ingest");
        http.start();
        mqtt.start();
        Thread.sleep(beforeKill.toMillis());
        first.kill();
        Thread.sleep(1500);
        ServerProcess second = ServerProcess.start(data, BROKER, clientId);
        port[0] = second.port;
        Thread.sleep(beforeKill.toMillis());
        running.set(false);
        http.join();
        mqtt.join();
        try {
            List<Long> httpStored = storedTimes(second.port, token, datastreams[0]);
            List<Long> mqttStored = awaitStored(second.port, token, datastreams[1], mqttAcked);
            return new Result(httpAcked.size(), mqttAcked.size(), failedBatches[0], httpStored.size(), mqttStored.size(),
                    missing(httpAcked, httpStored), missing(mqttAcked, mqttStored),
                    duplicates(httpStored) + duplicates(mqttStored));
        } finally {
            second.kill();
            forget(clientId);
        }
    }

    /** A station with two raw discharge datastreams, one fed over HTTP, one over MQTT. */
    private static long[] datastreams(int port, String token) throws IOException {
        Http http = new Http();
        String datastream = """
                {"name": "%s", "description": "reliability run", "observationType": "OM_Measurement",
                 "unitOfMeasurement": {"name": "m3/s", "symbol": "m3/s", "definition": ""},
                 "Sensor": {"name": "s", "description": "s", "encodingType": "text/plain", "metadata": "m"},
                 "ObservedProperty": {"name": "discharge %s", "definition": "https://riparian.example/q", "description": "q"}}""";
        Http.Reply thing = http.send("POST", "http://127.0.0.1:" + port + "/sta/v1.1/Things", token, """
                {"name": "kill -9 gauge", "description": "d", "properties": {"country": "KGZ"},
                 "Locations": [{"name": "l", "description": "l", "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [72, 41]}}],
                 "Datastreams": [%s, %s]}""".formatted(datastream.formatted("http", "http"), datastream.formatted("mqtt", "mqtt")));
        if (thing.status() != 201) {
            throw new IllegalStateException("could not create the station: " + thing);
        }
        long id = JSON.readTree(thing.body()).get("@iot.id").asLong();
        JsonNode streams = JSON.readTree(http.send("GET", "http://127.0.0.1:" + port + "/sta/v1.1/Things(" + id
                + ")/Datastreams?$orderby=id", token, null).body()).get("value");
        return new long[] {streams.get(0).get("@iot.id").asLong(), streams.get(1).get("@iot.id").asLong()};
    }

    private static void postLoop(int[] port, String token, long datastream, Set<Long> acked, int[] failed, AtomicBoolean running) {
        Http http = new Http();
        long sequence = 0;
        while (running.get()) {
            List<Long> batch = new ArrayList<>();
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 50; i++, sequence++) {
                batch.add(sequence);
                rows.append(i == 0 ? "" : ",").append("[\"").append(Instant.ofEpochMilli(T0 + sequence * 1000)).append("\", ").append(sequence).append(']');
            }
            Http.Reply reply = http.send("POST", "http://127.0.0.1:" + port[0] + "/sta/v1.1/CreateObservations", token,
                    "[{\"Datastream\": {\"@iot.id\": " + datastream + "}, \"components\": [\"phenomenonTime\", \"result\"], \"dataArray\": [" + rows + "]}]");
            if (reply.status() == 201) {
                acked.addAll(batch);
            } else {
                failed[0]++;
                sleep(100);
            }
        }
    }

    private static void publishLoop(long datastream, Set<Long> acked, AtomicBoolean running) {
        try {
            MqttClient station = new MqttClient(BROKER, "riparian-kill9-station-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            station.connect(options);
            for (long sequence = 0; running.get(); sequence++) {
                MqttMessage message = new MqttMessage(("{\"phenomenonTime\": \"" + Instant.ofEpochMilli(T0 + sequence * 1000)
                        + "\", \"result\": " + sequence + "}").getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                try {
                    station.publish("v1.1/Datastreams(" + datastream + ")/Observations", message);
                    acked.add(sequence);
                } catch (MqttException e) {
                    sleep(100);
                }
                sleep(10);
            }
            station.disconnect();
            station.close();
        } catch (MqttException e) {
            throw new IllegalStateException("the test station could not reach the broker at " + BROKER, e);
        }
    }

    private static List<Long> awaitStored(int port, String token, long datastream, Set<Long> expected) throws IOException {
        long deadline = System.currentTimeMillis() + 60_000;
        List<Long> stored = storedTimes(port, token, datastream);
        while (!new HashSet<>(stored).containsAll(expected) && System.currentTimeMillis() < deadline) {
            sleep(500);
            stored = storedTimes(port, token, datastream);
        }
        return stored;
    }

    /** The sequence numbers (seconds after T0) of every stored observation of the datastream, following nextLinks. */
    static List<Long> storedTimes(int port, String token, long datastream) throws IOException {
        Http http = new Http();
        List<Long> times = new ArrayList<>();
        String next = "http://127.0.0.1:" + port + "/sta/v1.1/Datastreams(" + datastream + ")/Observations?$select=phenomenonTime&$top=10000";
        while (next != null) {
            Http.Reply reply = http.send("GET", next, token, null);
            if (reply.status() != 200) {
                throw new IllegalStateException("reading back failed: " + reply);
            }
            JsonNode page = JSON.readTree(reply.body());
            page.get("value").forEach(o -> times.add((Instant.parse(o.get("phenomenonTime").asText()).toEpochMilli() - T0) / 1000));
            next = page.has("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
        }
        return times;
    }

    private static List<Long> missing(Set<Long> acked, List<Long> stored) {
        Set<Long> found = new HashSet<>(stored);
        return acked.stream().filter(s -> !found.contains(s)).sorted().toList();
    }

    private static int duplicates(List<Long> stored) {
        return stored.size() - new HashSet<>(stored).size();
    }

    private static void forget(String clientId) throws MqttException {
        MqttClient client = new MqttClient(BROKER, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.disconnect();
        client.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
