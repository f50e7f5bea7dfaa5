package org.riparian.bench.hydromet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.riparian.store.testing.RequiredService;

/** SIGKILL mid-ingestion: every acknowledged observation (HTTP 201, MQTT PUBACK) is stored after a restart, none twice. */
class KillNineReliabilityTest {

    @Test
    void everyAcknowledgedObservationSurvivesAKill() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 1000);
        } catch (IOException e) {
            RequiredService.unavailable("Mosquitto", KillNineReliability.BROKER + ": " + e.getMessage());
        }

        KillNineReliability.Result result = KillNineReliability.run(Duration.ofSeconds(4));

        System.out.println("kill -9 reliability: " + result);
        assertThat(result.httpAcked()).isPositive();
        assertThat(result.mqttAcked()).isPositive();
        assertThat(result.httpMissing()).isEmpty();
        assertThat(result.mqttMissing()).isEmpty();
        assertThat(result.duplicates()).isZero();
    }
}
