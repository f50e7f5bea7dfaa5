package org.riparian.server.sta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.server.testing.TestServer;

/** SensorThings conformance class "data array": CreateObservations, with Riparian's unit conversion and revisions. */
class DataArrayTest {

    TestServer server;
    long datastream;

    @BeforeEach
    void start() {
        server = TestServer.h2();
        datastream = server.stations.dischargeAt("Naryn", "KGZ");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createObservationsAnswersWithTheSelfLinkOfEachRow() {
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/CreateObservations", """
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result", "resultTime"],
                  "dataArray@iot.count": 2,
                  "dataArray": [["2026-04-01T00:00:00+05:00", 410.5, "2026-04-01T00:05:00+05:00"],
                                ["2026-04-01T00:00:00Z/2026-04-11T00:00:00Z", 350, null]]}]""".formatted(datastream));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode links = reply.json();
        assertThat(links).hasSize(2);
        JsonNode interval = server.get("reader", links.get(1).asText().substring(server.url("").length())).json();
        assertThat(interval.get("phenomenonTime").asText()).isEqualTo("2026-04-01T00:00:00Z/2026-04-11T00:00:00Z");
        JsonNode instant = server.get("reader", links.get(0).asText().substring(server.url("").length())).json();
        assertThat(instant.get("phenomenonTime").asText()).isEqualTo("2026-03-31T19:00:00Z");
        assertThat(instant.get("resultTime").asText()).isEqualTo("2026-03-31T19:05:00Z");
    }

    @Test
    void valuesInAnotherUnitAreConvertedAndARedeliveryRevises() {
        String body = """
                [{"Datastream": {"@iot.id": %d}, "unitOfMeasurement": {"symbol": "l/s"}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2026-04-01T00:00:00Z", %s]]}]""";
        String first = server.post("provider KGZ", "/sta/v1.1/CreateObservations", body.formatted(datastream, "412500")).json().get(0).asText();
        server.post("provider KGZ", "/sta/v1.1/CreateObservations", body.formatted(datastream, "412500"));
        String second = server.post("provider KGZ", "/sta/v1.1/CreateObservations", body.formatted(datastream, "398000")).json().get(0).asText();

        assertThat(second).isEqualTo(first);
        long id = Long.parseLong(first.replaceAll(".*\\((\\d+)\\)", "$1"));
        JsonNode revisions = server.get("reader", "/api/v1/observations/" + id + "/revisions").json();
        assertThat(revisions).extracting(r -> r.get("result").asDouble()).containsExactly(412.5, 398.0);
        assertThat(revisions).extracting(r -> r.get("sender").asText()).containsOnly("kyrgyzhydromet");
    }

    @Test
    void aCsvUploadMapsItsColumnsAndConvertsItsUnit() {
        String csv = "date,end,volume_mcm\n2026-04-01T00:00:00Z,2026-04-11T00:00:00Z,0.3\n2026-04-11T00:00:00Z,2026-04-21T00:00:00Z,0.25\n";
        long volume = server.stations.datastream(server.stations.gauge("Toktogul", "KGZ"), server.stations.sensor("t"),
                server.stations.observedProperty("release volume"), "raw", "hm3", "decade", "TotalPrec");

        TestServer.Reply reply = server.send("provider KGZ", "POST",
                "/api/v1/datastreams/" + volume + "/observations.csv?time=date&end=end&value=volume_mcm&unit=km3", csv, "text/csv");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("created").asInt()).isEqualTo(2);
        JsonNode observations = server.get("reader", "/sta/v1.1/Datastreams(" + volume + ")/Observations?$orderby=phenomenonTime").json().get("value");
        assertThat(observations).extracting(o -> o.get("result").asDouble()).containsExactly(300.0, 250.0);
        assertThat(observations.get(0).get("phenomenonTime").asText()).isEqualTo("2026-04-01T00:00:00Z/2026-04-11T00:00:00Z");
    }
}
