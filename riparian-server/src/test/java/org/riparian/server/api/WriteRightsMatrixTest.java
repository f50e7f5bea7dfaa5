package org.riparian.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.testing.TestServer;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.Query;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/**
 * Every write endpoint × every role × both countries: a write succeeds exactly when the rule allows it (admin always;
 * a provider for its own country below the agreed level; the coordinator at the agreed level and for the regional
 * vocabulary and the agreements), and a refused write
 * leaves the store exactly as it was. Above all: no token of one country ever changes another country's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteRightsMatrixTest {

    static final List<String> CALLERS = List.of("admin", "coordinator", "provider KGZ", "provider UZB", "reader", "anonymous");
    static final List<String> COUNTRIES = List.of("KGZ", "UZB");

    TestServer server;

    /** Entities of one country made fresh for one case, so a case that deletes cannot disturb the next. */
    record Fixture(String country, long thing, long location, long sensor, long raw, long agreed, long observation,
            long agreedObservation, long historicalLocation, long feature, long property, String agreement) {
    }

    /** A minimum flow across the hand-built basin's border gauge, as the agreements API reads and writes it. */
    static final String AGREEMENT = """
            {"type": "minimum-flow", "gauge": "border", "parties": ["KGZ", "UZB"],
             "flowM3sByMonth": {"jan": 0, "feb": 0, "mar": 0, "apr": 0, "may": 0, "jun": 0, "jul": 90, "aug": 0, "sep": 0, "oct": 0, "nov": 0, "dec": 0}}""";

    private final AtomicInteger agreements = new AtomicInteger();

    /**
     * What an endpoint writes: a country's data below the agreed level, at the agreed level, both (a delete that
     * cascades from a station to its raw and agreed datastreams), or the regional vocabulary and agreements.
     */
    enum Writes { RAW, AGREED, BOTH, REGIONAL }

    /** One write endpoint: its name, what it writes, and the request (method, path, body, content type) for a fixture. */
    record Endpoint(String name, Writes writes, Function<Fixture, String[]> request) {
    }

    @BeforeAll
    void start() {
        server = new TestServer(TestDatabases.h2(), Optional.of(new ApprovedPlans("t", HandBuiltSeason.network())));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String caller : CALLERS) {
                for (String country : COUNTRIES) {
                    cases.add(Arguments.of(endpoint.name(), caller, country, endpoint));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} on {2} data")
    @MethodSource("cases")
    void aWriteSucceedsExactlyWhenTheRuleAllowsIt(String name, String caller, String country, Endpoint endpoint) {
        Fixture fixture = fixture(country);
        String before = snapshot();
        String[] request = endpoint.request().apply(fixture);

        TestServer.Reply reply = server.send(caller, request[0], request[1], request[2], request[3]);

        if (allowed(caller, country, endpoint)) {
            assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(caller.equals("anonymous") ? 401 : 403);
            assertThat(snapshot()).as("store after a refused write").isEqualTo(before);
        }
    }

    /** The rule, stated independently of the code that enforces it. */
    static boolean allowed(String caller, String country, Endpoint endpoint) {
        return switch (caller) {
            case "admin" -> true;
            case "coordinator" -> endpoint.writes() == Writes.AGREED || endpoint.writes() == Writes.REGIONAL;
            case "provider KGZ", "provider UZB" -> endpoint.writes() == Writes.RAW && caller.endsWith(country);
            default -> false;
        };
    }

    static List<Endpoint> endpoints() {
        String sta = "/sta/v1.1";
        String json = "application/json";
        return List.of(
                new Endpoint("POST Things", Writes.RAW, f -> new String[] {"POST", sta + "/Things", """
                        {"name": "new", "description": "d", "properties": {"country": "%s"}}""".formatted(f.country()), json}),
                new Endpoint("PATCH Things", Writes.RAW, f -> new String[] {"PATCH", sta + "/Things(" + f.thing() + ")", "{\"name\": \"renamed\"}", json}),
                new Endpoint("DELETE Things", Writes.BOTH, f -> new String[] {"DELETE", sta + "/Things(" + f.thing() + ")", null, null}),
                new Endpoint("POST Locations", Writes.RAW, f -> new String[] {"POST", sta + "/Locations", """
                        {"name": "l", "description": "d", "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [70, 40]},
                         "properties": {"country": "%s"}}""".formatted(f.country()), json}),
                new Endpoint("PATCH Locations", Writes.RAW, f -> new String[] {"PATCH", sta + "/Locations(" + f.location() + ")", "{\"name\": \"moved\"}", json}),
                new Endpoint("DELETE Locations", Writes.RAW, f -> new String[] {"DELETE", sta + "/Locations(" + f.location() + ")", null, null}),
                new Endpoint("DELETE HistoricalLocations", Writes.RAW, f -> new String[] {"DELETE", sta + "/HistoricalLocations(" + f.historicalLocation() + ")", null, null}),
                new Endpoint("PATCH Sensors", Writes.RAW, f -> new String[] {"PATCH", sta + "/Sensors(" + f.sensor() + ")", "{\"name\": \"s2\"}", json}),
                new Endpoint("DELETE Sensors", Writes.BOTH, f -> new String[] {"DELETE", sta + "/Sensors(" + f.sensor() + ")", null, null}),
                new Endpoint("PATCH FeaturesOfInterest", Writes.RAW, f -> new String[] {"PATCH", sta + "/FeaturesOfInterest(" + f.feature() + ")", "{\"name\": \"f2\"}", json}),
                new Endpoint("POST Datastreams", Writes.RAW, f -> new String[] {"POST", sta + "/Datastreams", """
                        {"name": "q", "description": "d", "observationType": "OM_Measurement",
                         "unitOfMeasurement": {"name": "m3/s", "symbol": "m3/s", "definition": ""},
                         "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}""".formatted(f.thing(), f.sensor(), f.property()), json}),
                new Endpoint("PATCH Datastreams", Writes.RAW, f -> new String[] {"PATCH", sta + "/Datastreams(" + f.raw() + ")", "{\"name\": \"q2\"}", json}),
                new Endpoint("DELETE Datastreams", Writes.RAW, f -> new String[] {"DELETE", sta + "/Datastreams(" + f.raw() + ")", null, null}),
                new Endpoint("POST Observations (raw)", Writes.RAW, f -> new String[] {"POST", sta + "/Observations", """
                        {"phenomenonTime": "2026-05-01T00:00:00Z", "result": 5, "Datastream": {"@iot.id": %d}}""".formatted(f.raw()), json}),
                new Endpoint("POST Datastreams(raw)/Observations", Writes.RAW, f -> new String[] {"POST", sta + "/Datastreams(" + f.raw() + ")/Observations",
                        "{\"phenomenonTime\": \"2026-05-02T00:00:00Z\", \"result\": 6}", json}),
                new Endpoint("PATCH Observations (raw)", Writes.RAW, f -> new String[] {"PATCH", sta + "/Observations(" + f.observation() + ")", "{\"result\": 7}", json}),
                new Endpoint("DELETE Observations (raw)", Writes.RAW, f -> new String[] {"DELETE", sta + "/Observations(" + f.observation() + ")", null, null}),
                new Endpoint("POST CreateObservations (raw)", Writes.RAW, f -> new String[] {"POST", sta + "/CreateObservations", """
                        [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"],
                          "dataArray": [["2026-05-03T00:00:00Z", 1], ["2026-05-04T00:00:00Z", 2]]}]""".formatted(f.raw()), json}),
                new Endpoint("POST CSV (raw)", Writes.RAW, f -> new String[] {"POST", "/api/v1/datastreams/" + f.raw() + "/observations.csv?unit=l/s",
                        "time,value\n2026-05-05T00:00:00Z,1500\n", "text/csv"}),
                new Endpoint("POST qc-rules (raw)", Writes.RAW, f -> new String[] {"POST", "/api/v1/datastreams/" + f.raw() + "/qc-rules",
                        "{\"kind\": \"gap\", \"maxGapHours\": 2}", json}),
                new Endpoint("POST qc-rules (agreed)", Writes.AGREED, f -> new String[] {"POST", "/api/v1/datastreams/" + f.agreed() + "/qc-rules",
                        "{\"kind\": \"range\", \"hard\": [0, 5000]}", json}),
                new Endpoint("POST Observations (agreed)", Writes.AGREED, f -> new String[] {"POST", sta + "/Observations", """
                        {"phenomenonTime": "2026-05-01T00:00:00Z", "result": 5, "Datastream": {"@iot.id": %d}}""".formatted(f.agreed()), json}),
                new Endpoint("PATCH Observations (agreed)", Writes.AGREED, f -> new String[] {"PATCH", sta + "/Observations(" + f.agreedObservation() + ")", "{\"result\": 8}", json}),
                new Endpoint("POST CreateObservations (agreed)", Writes.AGREED, f -> new String[] {"POST", sta + "/CreateObservations", """
                        [{"Datastream": {"@iot.id": %d}, "components": ["phenomenonTime", "result"], "dataArray": [["2026-05-03T00:00:00Z", 1]]}]""".formatted(f.agreed()), json}),
                new Endpoint("POST ObservedProperties", Writes.REGIONAL, f -> new String[] {"POST", sta + "/ObservedProperties",
                        "{\"name\": \"p\", \"definition\": \"https://example.org/p\", \"description\": \"d\"}", json}),
                new Endpoint("PATCH ObservedProperties", Writes.REGIONAL, f -> new String[] {"PATCH", sta + "/ObservedProperties(" + f.property() + ")", "{\"description\": \"d2\"}", json}),
                new Endpoint("PUT agreements (create)", Writes.REGIONAL, f -> new String[] {"PUT", "/api/v1/agreements/" + f.agreement() + "_new", AGREEMENT, json}),
                new Endpoint("PUT agreements (revise)", Writes.REGIONAL, f -> new String[] {"PUT", "/api/v1/agreements/" + f.agreement(), AGREEMENT, json}),
                new Endpoint("PUT agreements (the basin file's)", Writes.REGIONAL, f -> new String[] {"PUT", "/api/v1/agreements/to_uzb", AGREEMENT, json}),
                new Endpoint("DELETE agreements", Writes.REGIONAL, f -> new String[] {"DELETE", "/api/v1/agreements/" + f.agreement(), null, null}));
    }

    private Fixture fixture(String country) {
        Stations stations = server.stations;
        long thing = stations.gauge("gauge " + country, country);
        long sensor = server.store.entities().create(Stations.ADMIN, EntityType.SENSOR, Stations.json("""
                {`name`: `radar`, `description`: `d`, `encodingType`: `text/html`, `metadata`: `m`, `properties`: {`country`: `%s`}}""".formatted(country)));
        long property = stations.observedProperty("discharge");
        long raw = stations.datastream(thing, sensor, property, "raw", "m3/s", "instant", "Continuous");
        long agreed = stations.datastream(thing, sensor, property, "agreed", "m3/s", "instant", "Continuous");
        long observation = server.store.entities().create(Stations.ADMIN, EntityType.OBSERVATION, Stations.json("""
                {`phenomenonTime`: `2026-04-01T00:00:00Z`, `result`: 1.5, `Datastream`: {`@iot.id`: %d}}""".formatted(raw)));
        long agreedObservation = server.store.entities().create(Stations.ADMIN, EntityType.OBSERVATION, Stations.json("""
                {`phenomenonTime`: `2026-04-01T00:00:00Z`, `result`: 1.5, `Datastream`: {`@iot.id`: %d}}""".formatted(agreed)));
        long location = idOf(EntityType.LOCATION, thing, "Locations");
        long historical = idOf(EntityType.HISTORICAL_LOCATION, thing, "HistoricalLocations");
        long feature = server.store.jdbi().withHandle(h -> h.createQuery("select feature_of_interest_id from observation where id = :id")
                .bind("id", observation).mapTo(Long.class).one());
        String agreement = "fixture_" + agreements.incrementAndGet();
        server.store.agreements().put(Stations.ADMIN, agreement, AGREEMENT);
        return new Fixture(country, thing, location, sensor, raw, agreed, observation, agreedObservation, historical, feature, property, agreement);
    }

    private long idOf(EntityType type, long thing, String navigation) {
        return server.store.entities().list(Stations.ADMIN, type, Optional.of(new org.riparian.store.entity.Related(EntityType.THING, thing,
                EntityType.THING.navigation(navigation).orElseThrow())), Query.all()).entities().get(0).get("@iot.id").asLong();
    }

    /** Every entity of every type, as an admin reads it: equal before and after means nothing changed. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (EntityType type : EntityType.values()) {
            server.store.entities().list(Stations.ADMIN, type, Optional.empty(), Query.all().withTop(Query.MAX_TOP)).entities()
                    .forEach(e -> all.append(type).append(e).append('\n'));
        }
        long revisions = server.store.jdbi().withHandle(h -> h.createQuery("select count(*) from observation_history").mapTo(Long.class).one());
        long rules = server.store.jdbi().withHandle(h -> h.createQuery("select count(*) from qc_rule").mapTo(Long.class).one());
        all.append("revisions ").append(revisions).append(", QC rules ").append(rules);
        List<Map<String, Object>> agreementRevisions = server.store.jdbi().withHandle(h -> h.createQuery(
                "select agreement_id, revision, retired from agreement_revision order by id").mapToMap().list());
        all.append(", agreements ").append(agreementRevisions);
        return all.toString();
    }
}
