package org.riparian.server.sta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riparian.server.HydrometServer;
import org.riparian.server.testing.TestServer;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;

/**
 * Hostile input: each gets a clear 4xx whose body says what was wrong (never a stack trace), and the store is
 * unchanged.
 */
class HostileInputTest {

    TestServer server;
    long datastream;
    String before;

    @BeforeEach
    void start() {
        server = TestServer.h2();
        datastream = server.stations.dischargeAt("Naryn", "KGZ");
        before = snapshot();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"x\",", "[1, 2", "{\"name\": \"x\"} trailing", "", "{\"name\": \"a\", \"name\": \"b\", \"description\": \"d\"}",
            "{\"name\": 5, \"description\": \"d\"}", "{\"name\": \"x\", \"description\": \"d\", \"properties\": []}", "null", "\"Thing\""})
    void malformedOrMistypedJsonIsRefused(String body) {
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/Things", body);

        assertClear(reply, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "\"NaN\"", "\"12\"", "1e999", "true", "null"})
    void aResultMustBeAFiniteNumber(String result) {
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\": \"2026-04-01T00:00:00Z\", \"result\": " + result + "}");

        assertClear(reply, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-01T00:00:00", "2026-04-01", "01/04/2026 00:00", "2026-04-01T00:00:00Z/2026-03-01T00:00:00Z", "yesterday"})
    void timesWithoutOffsetOrOutOfOrderAreRefused(String time) {
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\": \"" + time + "\", \"result\": 1}");

        assertClear(reply, 400);
        assertThat(reply.json().get("message").asText()).contains("phenomenonTime");
    }

    @Test
    void aHugePayloadIsRefusedWith413() {
        String huge = "{\"name\": \"" + "x".repeat((int) HydrometServer.MAX_BODY_BYTES + 10) + "\", \"description\": \"d\"}";

        assertClear(server.post("provider KGZ", "/sta/v1.1/Things", huge), 413);
    }

    @Test
    void sqlInStringsIsStoredAsTextAndChangesNothingElse() {
        String name = "Robert'); DROP TABLE observation; --";
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/Things",
                "{\"name\": \"" + name + "\", \"description\": \"' OR 1=1 --\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(server.get("reader", reply.location().substring(server.url("").length())).json().get("name").asText()).isEqualTo(name);
        assertThat(server.get("reader", "/sta/v1.1/Observations").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name eq 'x'' or 1 eq 1 --'", "name eq 'x' or 1=1", "name eq 'x'; drop table thing", "nonexistent eq 1",
            "name eq 1", "result gt 'abc'", "length(name, name) eq 1", "exec('x') eq 1", "name eq 'unterminated", "((name eq 'x')",
            "Datastreams/name eq 'x'", "properties/secret eq 'x'"})
    void filterInjectionsAreRefusedOrMatchNothing(String filter) {
        TestServer.Reply reply = server.get("reader", "/sta/v1.1/Things?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));

        if (reply.status() == 200) {
            assertThat(reply.json().get("value")).as(filter).isEmpty();
        } else {
            assertClear(reply, 400);
            assertThat(reply.json().get("message").asText()).contains("$filter");
        }
    }

    @Test
    void unknownIdsAndPathsAreNotFound() {
        assertClear(server.get("reader", "/sta/v1.1/Datastreams(424242)"), 404);
        assertClear(server.post("provider KGZ", "/sta/v1.1/Datastreams(424242)/Observations", "{\"phenomenonTime\": \"2026-04-01T00:00:00Z\", \"result\": 1}"), 404);
        assertClear(server.post("provider KGZ", "/sta/v1.1/Observations",
                "{\"phenomenonTime\": \"2026-04-01T00:00:00Z\", \"result\": 1, \"Datastream\": {\"@iot.id\": 424242}}"), 404);
        assertClear(server.patch("admin", "/sta/v1.1/Things(424242)", "{\"name\": \"x\"}"), 404);
        assertClear(server.delete("admin", "/sta/v1.1/Things(424242)"), 404);
        assertClear(server.get("reader", "/nowhere"), 404);
        assertClear(server.get("reader", "/sta/v1.1/Things?$top=-1"), 400);
        assertClear(server.get("reader", "/sta/v1.1/Things?$top=99999999999"), 400);
        assertClear(server.get("reader", "/sta/v1.1/Things?$bogus=1"), 400);
        assertClear(server.get("reader", "/sta/v1.1/Things?$expand=Nothing"), 400);
    }

    @Test
    void aBadTokenIsRefusedNotTreatedAsAnonymous() {
        server.tokens.put("forged", "rip_forged");
        assertClear(server.get("forged", "/sta/v1.1/Things"), 401);
    }

    @Test
    void aBadRowOfCreateObservationsNamesItsPositionAndStoresNothing() {
        TestServer.Reply reply = server.post("provider KGZ", "/sta/v1.1/CreateObservations", """
                [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                  "dataArray": [["2026-04-01T00:00:00Z", 1], ["2026-04-01T01:00:00Z", 2], ["2026-04-01T02:00:00", 3]]}]""".formatted(datastream));

        assertClear(reply, 400);
        assertThat(reply.json().get("message").asText()).startsWith("[0].dataArray[2].phenomenonTime");
    }

    @Test
    void aBadCsvLineIsNamedByItsNumberAndNothingIsStored() {
        String csv = "time,flow\n2026-04-01T00:00:00Z,410\n2026-04-01T01:00:00Z,412\n2026-04-01T02:00:00Z,four hundred\n";
        TestServer.Reply reply = server.send("provider KGZ", "POST", "/api/v1/datastreams/" + datastream + "/observations.csv?value=flow&unit=m3/s", csv, "text/csv");

        assertClear(reply, 400);
        assertThat(reply.json().get("message").asText()).isEqualTo("line 4, column 'flow': 'four hundred' is not a number");
        assertClear(server.send("provider KGZ", "POST", "/api/v1/datastreams/" + datastream + "/observations.csv?value=q&unit=m3/s", csv, "text/csv"), 400);
        assertClear(server.send("provider KGZ", "POST", "/api/v1/datastreams/" + datastream + "/observations.csv?value=flow&unit=cfs", csv, "text/csv"), 400);
        assertClear(server.send("provider KGZ", "POST", "/api/v1/datastreams/" + datastream + "/observations.csv?value=flow&unit=m3/s",
                "time,flow\n\"2026-04-01T00:00:00Z,1\n", "text/csv"), 400);
    }

    private void assertClear(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode body = reply.json();
        assertThat(body.get("code").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot()).as("store after " + reply).isEqualTo(before);
    }

    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (EntityType type : EntityType.values()) {
            server.store.entities().list(Stations.ADMIN, type, Optional.empty(), Query.all().withTop(Query.MAX_TOP)).entities()
                    .forEach(e -> all.append(type).append(e).append('\n'));
        }
        return all.toString();
    }
}
