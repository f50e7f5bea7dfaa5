package org.riparian.server.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.riparian.store.testing.RequiredService;

/** The local Mosquitto broker at 127.0.0.1:1883, and a station that publishes to it with QoS 1. */
public final class Broker {

    public static final String URI = "tcp://127.0.0.1:1883";

    private Broker() {
    }

    /** Skips (or on CI fails) the calling test when no broker listens. */
    public static void require() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 1000);
        } catch (IOException e) {
            RequiredService.unavailable("Mosquitto", URI + ": " + e.getMessage());
        }
    }

    /** A unique client id, so that parallel or repeated runs never share a persistent session. */
    public static String clientId(String purpose) {
        return "riparian-test-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Ends the persistent session a test left on the broker, so the broker keeps nothing for it. */
    public static void forget(String clientId) {
        try {
            MqttClient client = new MqttClient(URI, clientId, new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            client.connect(options);
            client.disconnect();
            client.close();
        } catch (MqttException e) {
            throw new IllegalStateException("cannot end the MQTT session " + clientId, e);
        }
    }

    /** A connected publisher; each publish returns once the broker has acknowledged it (PUBACK). */
    public static MqttClient station() {
        try {
            MqttClient client = new MqttClient(URI, clientId("station"), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            options.setMaxInflight(1000);
            client.connect(options);
            return client;
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect a test station to " + URI, e);
        }
    }

    public static void publish(MqttClient station, long datastream, String json) {
        MqttMessage message = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        try {
            station.publish("v1.1/Datastreams(" + datastream + ")/Observations", message);
        } catch (MqttException e) {
            throw new IllegalStateException("publish failed", e);
        }
    }
}
