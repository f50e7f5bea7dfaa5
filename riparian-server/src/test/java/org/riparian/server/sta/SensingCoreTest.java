package org.riparian.server.sta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.server.testing.TestServer;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.testing.Stations;

/** SensorThings conformance class "sensing core" and "resource path": entity sets, links, navigation, properties. */
class SensingCoreTest {

    TestServer server;
    long datastream;

    @BeforeEach
    void start() {
        server = TestServer.h2();
        datastream = server.stations.dischargeAt("Naryn at Uch-Kurgan", "KGZ");
        List<ObservationInput> inputs = new ArrayList<>();
        long t0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 250; i++) {
            inputs.add(ObservationInput.at(datastream, t0 + i * 3_600_000L, 300 + i, "o" + i));
        }
        server.store.observations().deliver(Stations.ADMIN, inputs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theServiceRootListsEveryEntitySet() {
        for (String version : List.of("v1.0", "v1.1")) {
            JsonNode root = server.get("anonymous", "/sta/" + version).json();
            assertThat(root.get("value")).extracting(v -> v.get("name").asText()).containsExactly("Things", "Locations",
                    "HistoricalLocations", "Sensors", "ObservedProperties", "Datastreams", "Observations", "FeaturesOfInterest");
            assertThat(root.at("/value/0/url").asText()).isEqualTo(server.url("/sta/" + version + "/Things"));
        }
        assertThat(server.get("anonymous", "/sta/v2.0").status()).isEqualTo(404);
    }

    @Test
    void entitiesCarryTheirSelfAndNavigationLinks() {
        JsonNode thing = server.get("reader", "/sta/v1.1/Things").json().at("/value/0");
        String self = thing.get("@iot.selfLink").asText();

        assertThat(self).isEqualTo(server.url("/sta/v1.1/Things(" + thing.get("@iot.id").asLong() + ")"));
        assertThat(thing.get("Datastreams@iot.navigationLink").asText()).isEqualTo(self + "/Datastreams");
        assertThat(thing.at("/properties/country").asText()).isEqualTo("KGZ");
    }

    @Test
    void navigationPropertiesAndValuesResolve() {
        String ds = "/sta/v1.1/Datastreams(" + datastream + ")";
        assertThat(server.get("reader", ds + "/Thing").json().get("name").asText()).isEqualTo("Naryn at Uch-Kurgan");
        assertThat(server.get("reader", ds + "/Thing/Locations").json().at("/value/0/location/type").asText()).isEqualTo("Point");
        assertThat(server.get("reader", ds + "/Thing/name").json().get("name").asText()).isEqualTo("Naryn at Uch-Kurgan");
        assertThat(server.get("reader", ds + "/Thing/name/$value").body()).isEqualTo("Naryn at Uch-Kurgan");
        assertThat(server.get("reader", ds + "/Observations/$ref?$top=2").json().at("/value/0/@iot.selfLink").asText())
                .startsWith(server.url("/sta/v1.1/Observations("));
        assertThat(server.get("reader", "/sta/v1.1/Things(999999)").status()).isEqualTo(404);
        assertThat(server.get("reader", "/sta/v1.1/Things(abc)").status()).isEqualTo(404);
        assertThat(server.get("reader", "/sta/v1.1/Thingz").status()).isEqualTo(404);
    }

    @Test
    void pagesFollowTheirNextLinksToTheEnd() {
        String next = server.url("/sta/v1.1/Datastreams(" + datastream + ")/Observations?$top=100&$count=true");
        int seen = 0;
        int pages = 0;
        while (next != null) {
            JsonNode page = server.get("reader", next.substring(server.url("").length())).json();
            assertThat(page.get("@iot.count").asLong()).isEqualTo(250);
            seen += page.get("value").size();
            pages++;
            next = page.has("@iot.nextLink") ? page.get("@iot.nextLink").asText() : null;
        }
        assertThat(seen).isEqualTo(250);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void anonymousCallersReadOnlyOpenObservations() {
        assertThat(server.get("anonymous", "/sta/v1.1/Observations?$count=true").json().get("@iot.count").asLong()).isZero();
        assertThat(server.get("reader", "/sta/v1.1/Observations?$count=true").json().get("@iot.count").asLong()).isEqualTo(250);
        assertThat(server.get("anonymous", "/api/v1/datastreams/" + datastream + "/best").status()).isEqualTo(401);
    }
}
