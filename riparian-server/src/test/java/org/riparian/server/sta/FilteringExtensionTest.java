package org.riparian.server.sta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.server.testing.TestServer;

/** SensorThings conformance class "filtering extension": nested $expand, and results as a client sent them. */
class FilteringExtensionTest {

    TestServer server;
    long datastream;

    @BeforeEach
    void start() {
        server = TestServer.h2();
        datastream = server.stations.dischargeAt("Naryn at Uch-Kurgan", "KGZ");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoExpansionsThroughOneNavigationBothApply() {
        JsonNode things = server.get("reader", "/sta/v1.0/Things?$expand=" + encode("Datastreams/Sensor,Datastreams/Thing")).json();

        JsonNode expanded = things.at("/value/0/Datastreams/0");
        assertThat(expanded.at("/Sensor/name").asText()).isEqualTo("Naryn at Uch-Kurgan radar");
        assertThat(expanded.at("/Thing/name").asText()).isEqualTo("Naryn at Uch-Kurgan");
    }

    @Test
    void oneNavigationExpandedTwiceWithDifferentOptionsIsRefused() {
        TestServer.Reply reply = server.get("reader", "/sta/v1.0/Things?$expand=" + encode("Datastreams($top=1),Datastreams($top=2)"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("'Datastreams' is expanded twice with different $top");
    }

    @Test
    void aWholeResultReadsBackAsTheIntegerSentAndCountsTheFilteredSet() {
        for (int i = 1; i <= 12; i++) {
            TestServer.Reply created = server.post("admin", "/sta/v1.0/Datastreams(" + datastream + ")/Observations",
                    "{\"phenomenonTime\": \"2026-04-01T%02d:00:00Z\", \"result\": %d}".formatted(i, i));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).contains("\"result\":" + i + ",");
        }

        JsonNode page = server.get("reader", "/sta/v1.0/Observations?$count=true&$top=1&$skip=2&$orderby=phenomenonTime%20asc&$filter="
                + encode("result gt '3'")).json();

        // As text, "4" .. "9" exceed "3" (six of them); in time order the third is 6.
        assertThat(page.get("@iot.count").asLong()).isEqualTo(6);
        assertThat(page.at("/value/0/result").isIntegralNumber()).isTrue();
        assertThat(page.at("/value/0/result").asInt()).isEqualTo(6);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
