package org.riparian.server.ingest;

import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Store;
import org.riparian.store.StoreException;
import org.riparian.store.Times;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Station telemetry from an MQTT broker. The subscription is a persistent session (clean session off, a fixed client
 * id, QoS 1), so the broker keeps what stations publish while the server is down. A message is acknowledged only
 * after its observation is committed: a crash before that makes the broker deliver it again, and the store's identity
 * rule makes the second delivery a no-op. A message that can never be stored (bad JSON, unknown datastream) is
 * acknowledged and recorded in the audit log as rejected, so it cannot block the queue. What survives an outage is
 * bounded by the broker's queue per client: Mosquitto drops (already acknowledged) messages beyond
 * {@code max_queued_messages}, 1000 by default, so a deployment sets it above its stations' rate times the longest
 * restart (measured: at about 500 messages a second an 8-second restart lost 592 at the default).
 */
public final class MqttIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MqttIngest.class);
    private static final List<String> TOPICS = List.of("v1.1/+/Observations", "v1.0/+/Observations");
    private static final Principal TELEMETRY = Principal.of("mqtt telemetry", Role.TELEMETRY, null);

    private final MqttClient client;
    private final Store store;

    private MqttIngest(MqttClient client, Store store) {
        this.client = client;
        this.store = store;
    }

    /** Connects to {@code brokerUri} (such as tcp://127.0.0.1:1883) as {@code clientId} and subscribes. */
    public static MqttIngest start(Store store, String brokerUri, String clientId) {
        try {
            MqttClient client = new MqttClient(brokerUri, clientId, new MemoryPersistence());
            MqttIngest ingest = new MqttIngest(client, store);
            client.setCallback(ingest.callback());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(false);
            options.setAutomaticReconnect(true);
            options.setMaxInflight(1000);
            client.connect(options);
            ingest.subscribe();
            return ingest;
        } catch (MqttException e) {
            throw new StoreException("cannot subscribe to the MQTT broker at " + brokerUri + ": " + e.getMessage(), e);
        }
    }

    private void subscribe() throws MqttException {
        client.subscribe(TOPICS.toArray(String[]::new), new int[] {1, 1});
    }

    private MqttCallbackExtended callback() {
        return new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect) {
                    try {
                        subscribe();
                    } catch (MqttException e) {
                        LOG.warn("re-subscribing to {} failed: {}", serverUri, e.getMessage());
                    }
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                LOG.warn("MQTT connection lost ({}); reconnecting", cause.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                ingest(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // this client only subscribes
            }
        };
    }

    /** Stores one message; a refusal is audited, a database failure is thrown so that the broker delivers again. */
    void ingest(String topic, byte[] payload) {
        try {
            store.observations().deliver(TELEMETRY, List.of(TelemetryMessage.parse(topic, payload, store.observations())));
        } catch (InvalidInputException | NotFoundException | ForbiddenException e) {
            store.audit().record(TELEMETRY.name(), "reject", "Topic", null, Times.abbreviate(topic) + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect();
            client.close();
        } catch (MqttException e) {
            LOG.warn("MQTT disconnect: {}", e.getMessage());
        }
    }
}
