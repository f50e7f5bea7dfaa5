package org.riparian.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.testing.TestServer;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.seed.BasinSeed;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/**
 * /api/v1/agreements over the hand-built basin of {@link HandBuiltSeason}: its file's agreements read as explicit JSON,
 * the coordinator revises, creates and retires them (history kept), hostile bodies are refused naming the field with
 * the store unchanged, and compliance holds the stored agreements in place of the file's.
 */
class AgreementApiTest {

    /** July's 310 hm3 as a flow: 310e6 m3 / (31 days x 86 400 s) = 115.74 m3/s. */
    private static final double JULY_M3S = 310e6 / (31 * 86_400.0);
    private static final String MINIMUM_FLOW = """
            {`type`: `minimum-flow`, `gauge`: `border`, `parties`: [`KGZ`, `UZB`], `tolerance`: 0.05,
             `flowM3sByMonth`: {`jan`: 0, `feb`: 0, `mar`: 0, `apr`: 0, `may`: 0, `jun`: 0, `jul`: %s, `aug`: 0, `sep`: 0, `oct`: 0, `nov`: 0, `dec`: 0}}""";
    private static final String ENERGY = """
            {`type`: `energy-delivery`, `fromCountry`: `KGZ`, `toCountry`: `UZB`, `basin`: `t`, `measuredAt`: `bishkek_meter`,
             `period`: {`from`: `06-01`, `to`: `08-31`}, `tolerance`: 0.1,
             `energyGwhByMonth`: {`jan`: 0, `feb`: 0, `mar`: 0, `apr`: 0, `may`: 0, `jun`: 50, `jul`: 62, `aug`: 62, `sep`: 0, `oct`: 0, `nov`: 0, `dec`: 0}}""";

    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(TestDatabases.h2(), Optional.of(new ApprovedPlans("t", HandBuiltSeason.network())));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBasinFilesAgreementsReadAsExplicitJsonWithTheirSource() {
        JsonNode list = server.get("anonymous", "/api/v1/agreements").json();
        assertThat(list.path("basin").asText()).isEqualTo("t");
        assertThat(ids(list)).containsExactly("to_uzb", "to_sea", "uzb_limit", "uzb_total", "dam_fill", "dam_release", "power_to_uzb",
                "power_to_kgz");

        JsonNode toUzb = agreement(list, "to_uzb");
        assertThat(toUzb.path("type").asText()).isEqualTo("minimum-flow");
        assertThat(toUzb.path("gauge").asText()).isEqualTo("border");
        assertThat(toUzb.at("/flowM3sByMonth/jul").asDouble()).isCloseTo(JULY_M3S, within(1e-9));
        assertThat(toUzb.at("/period/from").asText()).isEqualTo("01-01");
        assertThat(toUzb.path("tolerance").asDouble()).isEqualTo(0.05);
        assertThat(toUzb.at("/source/origin").asText()).isEqualTo("basin file");
        assertThat(toUzb.at("/source/revision").isNull()).isTrue();
        // 31 hm3 in July as the file gives it, exactly, though held as a flow (m3/s); 30 hm3 for the season
        assertThat(agreement(list, "uzb_limit").at("/limitHm3ByMonth/jul").asDouble()).isEqualTo(31.0);
        assertThat(agreement(list, "uzb_total").path("seasonTotalHm3").asDouble()).isEqualTo(30.0);
        assertThat(agreement(list, "uzb_total").path("measuredAt").get(0).asText()).isEqualTo("ditch");
        assertThat(agreement(list, "dam_fill").at("/targets/0/by").asText()).isEqualTo("07-15");
        assertThat(agreement(list, "dam_fill").at("/targets/0/atLeastHm3").asDouble()).isEqualTo(480.0);
        assertThat(agreement(list, "dam_release").path("bound").asText()).isEqualTo("at-least");
        JsonNode power = agreement(list, "power_to_uzb");
        assertThat(power.path("fromCountry").asText()).isEqualTo("KGZ");
        assertThat(power.at("/energyGwhByMonth/jul").asDouble()).isEqualTo(310.0);
        assertThat(power.path("measuredAt").asText()).isEqualTo("meter");
    }

    @Test
    void everyAgreementReadsBackAsItWasWrittenWhenPutAsTheApiGaveIt() {
        for (JsonNode given : server.get("reader", "/api/v1/agreements").json().path("agreements")) {
            String id = given.path("id").asText();
            TestServer.Reply written = put("coordinator", id, given.toString());
            assertThat(written.status()).as(id + ": " + written).isEqualTo(200);
            JsonNode read = server.get("reader", "/api/v1/agreements/" + id).json();
            JsonNode readBody = ((ObjectNode) read.deepCopy()).without("source");
            JsonNode givenBody = ((ObjectNode) given.deepCopy()).without("source");
            assertThat(readBody).as(id).isEqualTo(givenBody);
            assertThat(read.at("/source/origin").asText()).isEqualTo("stored");
        }
    }

    @Test
    void filtersByTypePartyAndBasinAndRefuseNamesTheBasinDoesNotHave() {
        assertThat(ids(server.get("reader", "/api/v1/agreements?type=energy-delivery").json())).containsExactly("power_to_uzb", "power_to_kgz");
        // KGZ is a party of to_uzb, dam_fill, dam_release and both energy deliveries
        assertThat(ids(server.get("reader", "/api/v1/agreements?party=KGZ").json()))
                .containsExactly("to_uzb", "dam_fill", "dam_release", "power_to_uzb", "power_to_kgz");
        assertThat(ids(server.get("reader", "/api/v1/agreements?basin=t&type=withdrawal-limit").json())).containsExactly("uzb_limit", "uzb_total");
        for (String query : List.of("type=treaty", "party=KAZ", "basin=nile", "party=%27%20or%201=1--")) {
            TestServer.Reply reply = server.get("reader", "/api/v1/agreements?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().path("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(server.get("reader", "/api/v1/agreements/nothing").status()).isEqualTo(404);
    }

    @Test
    void theCoordinatorRevisesCreatesAndRetiresAndTheHistoryStays() {
        TestServer.Reply revised = put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(100));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().at("/source/origin").asText()).isEqualTo("stored");
        assertThat(revised.json().at("/source/revision").asInt()).isEqualTo(1);
        assertThat(revised.json().at("/source/sender").asText()).isEqualTo("icwc");
        assertThat(revised.json().at("/source/supersedesFile").asBoolean()).isTrue();
        assertThat(server.get("reader", "/api/v1/agreements/to_uzb").json().at("/flowM3sByMonth/jul").asDouble()).isEqualTo(100.0);

        TestServer.Reply created = put("coordinator", "new_power", ENERGY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/agreements/new_power");
        assertThat(created.json().at("/source/supersedesFile").asBoolean()).isFalse();
        // the delivery's meter becomes a station with a delivered-electricity datastream to post to
        assertThat(server.store.observations().datastreamAt("bishkek_meter", BasinSeed.DELIVERED_ELECTRICITY)).isPresent();

        TestServer.Reply retired = server.delete("coordinator", "/api/v1/agreements/to_uzb");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(ids(server.get("reader", "/api/v1/agreements").json())).doesNotContain("to_uzb").contains("new_power");
        assertThat(server.get("reader", "/api/v1/agreements/to_uzb").json().at("/source/retired").asBoolean()).isTrue();
        assertThat(server.delete("coordinator", "/api/v1/agreements/to_uzb").status()).isEqualTo(409);
        // the file's version, the revision and the retirement, in order
        JsonNode history = server.get("reader", "/api/v1/agreements/to_uzb/revisions").json().path("revisions");
        assertThat(StreamSupport.stream(history.spliterator(), false).map(r -> r.at("/source/origin").asText() + " " + r.at("/flowM3sByMonth/jul")
                .asDouble() + " " + r.at("/source/retired").asBoolean()).toList())
                .containsExactly("basin file " + JULY_M3S + " false", "stored 100.0 false", "stored 100.0 true");
        assertThat(server.store.audit().latest(20)).extracting(e -> e.action() + " " + e.entity())
                .contains("retire Agreement", "create Agreement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON                | {`type`: `minimum-flow`,                                                    | body
            an array                      | [1, 2]                                                                       | body
            NaN written out               | {`type`: `minimum-flow`, `tolerance`: NaN}                                   | body
            an unknown type               | {`type`: `treaty`}                                                           | type
            an unknown field              | {`type`: `minimum-flow`, `gauge`: `border`, `color`: `red`}                  | color
            an id not the path's          | {`type`: `minimum-flow`, `id`: `other`}                                      | id
            a tolerance above 1           | {`type`: `minimum-flow`, `tolerance`: 1.5}                                   | tolerance
            a period of no day            | {`type`: `minimum-flow`, `period`: {`from`: `02-30`, `to`: `09-30`}}         | period.from
            a negative target             | {`type`: `storage-schedule`, `reservoir`: `dam`, `parties`: [`KGZ`], `targets`: [{`by`: `07-15`, `atLeastHm3`: -1}]} | targets[0].atLeastHm3
            a flow given as text NaN      | {`type`: `energy-delivery`, `fromCountry`: `KGZ`, `toCountry`: `UZB`, `basin`: `t`, `energyGwhByMonth`: {`jan`: `NaN`}} | energyGwhByMonth.jan
            an infinite energy            | {`type`: `energy-delivery`, `fromCountry`: `KGZ`, `toCountry`: `UZB`, `basin`: `t`, `energyGwhByMonth`: {`jan`: 1e400}} | energyGwhByMonth.jan
            a country code in lower case  | {`type`: `energy-delivery`, `fromCountry`: `kgz`}                            | fromCountry
            one country to itself         | {`type`: `energy-delivery`, `fromCountry`: `KGZ`, `toCountry`: `KGZ`}        | toCountry
            a withdrawal limit of nothing | {`type`: `withdrawal-limit`, `country`: `UZB`, `basin`: `t`}                 | limitHm3ByMonth
            decades with a gap            | {`type`: `withdrawal-limit`, `country`: `UZB`, `basin`: `t`, `limitHm3ByDecade`: [{`decade`: `2026-07-1`, `hm3`: 10}, {`decade`: `2026-07-3`, `hm3`: 11}]} | limitHm3ByDecade[1].decade
            """)
    void aMalformedAgreementIsRefusedNamingTheFieldAndStoresNothing(String what, String body, String field) {
        assertRefused(put("coordinator", "x", body), field);
    }

    @Test
    void namesTheNetworkDoesNotHaveAreRefusedNamingTheFieldAndStoreNothing() {
        assertRefused(put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(1).replace("`border`", "`bordr`")), "gauge",
                "unknown node 'bordr' (did you mean border?)");
        assertRefused(put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(1).replace("`border`", "`dam`")), "gauge",
                "'dam' is a reservoir node, expected a junction or gauge");
        assertRefused(put("coordinator", "p", ENERGY.replace("`toCountry`: `UZB`", "`toCountry`: `KAZ`")), "toCountry",
                "unknown country 'KAZ'");
        assertRefused(put("coordinator", "p", ENERGY.replace("`basin`: `t`", "`basin`: `syr_darya`")), "basin", "unknown basin 'syr_darya'");
        assertRefused(put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(1).replace("[`KGZ`, `UZB`]", "[`KGZ`, `TJK`]")), "parties",
                "unknown country 'TJK'");
        assertRefused(put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(1).replace("`type`", "`basin`: `amu`, `type`")), "basin",
                "the node the agreement names lies in t");
        assertRefused(put("coordinator", "x';drop%20table%20agreement_revision;--", MINIMUM_FLOW.formatted(1)), "id", "is not an agreement id");
    }

    @Test
    void complianceHoldsTheStoredAgreementInPlaceOfTheFilesAndDropsARetiredOne() {
        deliverBorder(LocalDate.of(2026, 7, 11), 90 / 0.864);   // 90 hm3 over the decade July 11-20
        String report = "/api/v1/compliance?season=2026-vegetation&decade=2026-07-2";
        // the file agrees 310 hm3 for July, 100 over a 10-day decade: 90 falls short beyond 5%
        assertThat(decade2(server.get("reader", report).json(), "to_uzb").path("agreed").asDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(decade2(server.get("reader", report).json(), "to_uzb").path("status").asText()).isEqualTo("breached");

        // revised to 90/0.864 m3/s, i.e. 90 hm3 a decade: met
        put("coordinator", "to_uzb", MINIMUM_FLOW.formatted(90 / 0.864));
        JsonNode revised = decade2(server.get("reader", report).json(), "to_uzb");
        assertThat(revised.path("agreed").asDouble()).isCloseTo(90.0, within(1e-9));
        assertThat(revised.path("status").asText()).isEqualTo("met");

        server.delete("coordinator", "/api/v1/agreements/to_uzb");
        assertThat(ids(server.get("reader", report).json())).doesNotContain("to_uzb").contains("to_sea");

        // a limit given per decade of July only cannot hold in a plan of April to September: a conflict naming it
        TestServer.Reply july = put("coordinator", "uzb_limit", """
                {`type`: `withdrawal-limit`, `country`: `UZB`, `basin`: `t`,
                 `limitHm3ByDecade`: [{`decade`: `2026-07-1`, `hm3`: 10}, {`decade`: `2026-07-2`, `hm3`: 10}, {`decade`: `2026-07-3`, `hm3`: 11}]}""");
        assertThat(july.status()).as(july.toString()).isEqualTo(200);
        TestServer.Reply conflict = server.get("reader", report);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("message").asText()).contains("withdrawal limit uzb_limit").contains("revise the agreement");
    }

    private TestServer.Reply put(String who, String id, String json) {
        return server.send(who, "PUT", "/api/v1/agreements/" + id, json.replace('`', '"'), "application/json");
    }

    private void assertRefused(TestServer.Reply reply, String field, String... words) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).as(reply.toString()).isEqualTo(field);
        String message = reply.json().path("message").asText();
        assertThat(message).doesNotContain("Exception", "at org.");
        for (String word : words) {
            assertThat(message).contains(word);
        }
        long stored = server.store.jdbi().withHandle(h -> h.createQuery("select count(*) from agreement_revision").mapTo(Long.class).one());
        assertThat(stored).as("agreement revisions after a refusal").isZero();
        assertThat(server.store.audit().latest(100)).noneMatch(entry -> entry.entity().equals("Agreement"));
    }

    private void deliverBorder(LocalDate decade, double flowM3s) {
        Stations stations = server.stations;
        long border = stations.datastream(stations.gauge("border", "UZB"), stations.sensor("station"), stations.observedProperty("discharge"),
                "raw", "m3/s", "day", "AveragePrec");
        List<ObservationInput> inputs = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            long start = decade.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            inputs.add(new ObservationInput(border, start, start + 86_400_000L, flowM3s, null, null, null, "day " + day));
        }
        server.store.observations().deliver(Stations.ADMIN, inputs);
    }

    private static JsonNode decade2(JsonNode report, String id) {
        JsonNode track = StreamSupport.stream(report.path("agreements").spliterator(), false).filter(t -> t.path("id").asText().equals(id))
                .findFirst().orElseThrow();
        return StreamSupport.stream(track.path("decades").spliterator(), false).filter(d -> d.path("decade").asText().equals("2026-07-2"))
                .findFirst().orElseThrow();
    }

    private static JsonNode agreement(JsonNode list, String id) {
        return StreamSupport.stream(list.path("agreements").spliterator(), false).filter(a -> a.path("id").asText().equals(id))
                .findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.path("agreements").spliterator(), false).map(a -> a.path("id").asText()).toList();
    }
}
