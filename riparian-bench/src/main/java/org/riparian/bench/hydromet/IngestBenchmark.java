package org.riparian.bench.hydromet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.riparian.server.HydrometServer;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;
import org.riparian.store.observation.ObservationInput;

/**
 * Ingest throughput through the API (CreateObservations, batches of 1,000, two client threads) into H2 and into
 * PostgreSQL, beside a raw JDBC batch insert of the same rows into the same table; read latency (p50/p99) of a 10-year
 * daily series and of its decade aggregates; and a sustained read load from a second process. Run:
 * {@code java -cp riparian-bench-all.jar org.riparian.bench.hydromet.IngestBenchmark [batches-per-thread]}; writes
 * {@code hydromet-bench.json} beside the table.
 */
public final class IngestBenchmark {

    static final int BATCH = 1000;
    static final int THREADS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DAY = 86_400_000L;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        ObjectNode report = JSON.createObjectNode();
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, StoreSettings> databases = new LinkedHashMap<>();
        databases.put("h2", StoreSettings.embedded(Files.createTempDirectory("riparian-bench-")));
        databases.put("postgresql", StoreSettings.postgres(System.getProperty("riparian.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getProperty("riparian.bench.user", "postgres"), "").withSchema(schema));
        for (Map.Entry<String, StoreSettings> database : databases.entrySet()) {
            report.set(database.getKey(), measure(database.getValue(), batches));
            System.out.println(database.getKey() + ": " + report.get(database.getKey()));
        }
        dropSchema(databases.get("postgresql"));
        Files.writeString(Path.of("hydromet-bench.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    private static ObjectNode measure(StoreSettings settings, int batches) throws Exception {
        ObjectNode result = JSON.createObjectNode();
        try (Store store = Store.open(settings); HydrometServer server = HydrometServer.start(store, "127.0.0.1", 0)) {
            String token = store.tokens().firstAdmin().orElseThrow().secret();
            Principal admin = store.tokens().authenticate(token).orElseThrow();
            long property = store.entities().create(admin, EntityType.OBSERVED_PROPERTY, JSON.readTree(
                    "{\"name\": \"discharge\", \"definition\": \"https://riparian.example/q\", \"description\": \"q\"}"));
            long sensor = store.entities().create(admin, EntityType.SENSOR, JSON.readTree(
                    "{\"name\": \"s\", \"description\": \"s\", \"encodingType\": \"text/plain\", \"metadata\": \"m\"}"));
            List<Long> streams = new ArrayList<>();
            for (int i = 0; i < 2 * THREADS + 1; i++) {
                long thing = gauge(store, admin, i);
                streams.add(store.entities().create(admin, EntityType.DATASTREAM, JSON.readTree("""
                        {"name": "q%d", "description": "d", "observationType": "OM_Measurement",
                         "unitOfMeasurement": {"name": "m3/s", "symbol": "m3/s", "definition": ""},
                         "properties": {"aggregation": "day", "interpolationType": "AveragePrec"},
                         "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}""".formatted(i, thing, sensor, property))));
            }
            String base = "http://127.0.0.1:" + server.port();
            apiIngest(base, token, streams.subList(0, THREADS), 3);
            double api = apiIngest(base, token, streams.subList(0, THREADS), batches);
            double raw = jdbcIngest(settings, streams.subList(THREADS, 2 * THREADS), batches, stationFeature(settings, streams.get(0)));
            result.put("apiObservationsPerSecond", Math.round(api)).put("rawJdbcObservationsPerSecond", Math.round(raw))
                    .put("ratio", Math.round(api / raw * 100) / 100.0).put("observations", (long) THREADS * batches * BATCH);
            long series = streams.get(2 * THREADS);
            tenYearDaily(store, admin, series);
            result.set("readLatency", reads(base, token, series));
            result.set("readLoad", readLoad(base + "/sta/v1.1/Datastreams(" + series + ")/Observations?$top=100&$orderby=phenomenonTime%20desc", token));
        }
        return result;
    }

    /** A station of its own for each datastream: datastreams of one station and property are one series, read together. */
    private static long gauge(Store store, Principal admin, int i) throws Exception {
        return store.entities().create(admin, EntityType.THING, JSON.readTree("""
                {"name": "bench gauge %d", "description": "d", "properties": {"country": "KGZ"},
                 "Locations": [{"name": "l%d", "description": "l", "encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [72, 41]}}]}"""
                .formatted(i, i)));
    }

    /**
     * Observations per second over {@code batches} CreateObservations requests per thread, one datastream and one
     * kept-alive connection per thread.
     */
    private static double apiIngest(String base, String token, List<Long> datastreams, int batches) throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        long offset = System.nanoTime();
        URI create = URI.create(base + "/sta/v1.1/CreateObservations");
        for (long datastream : datastreams) {
            work.add(() -> {
                try (KeptAliveConnection connection = new KeptAliveConnection(create)) {
                    for (int b = 0; b < batches; b++) {
                        StringBuilder rows = new StringBuilder();
                        for (int i = 0; i < BATCH; i++) {
                            long at = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli() + (offset % 1_000_000) * 1000 + ((long) b * BATCH + i) * 60_000;
                            rows.append(i == 0 ? "" : ",").append("[\"").append(Instant.ofEpochMilli(at)).append("\",").append(100 + i % 50).append(']');
                        }
                        KeptAliveConnection.Reply reply = connection.exchange(KeptAliveConnection.request("POST", create, token,
                                "[{\"Datastream\": {\"@iot.id\": " + datastream + "}, \"components\": [\"phenomenonTime\", \"result\"], \"dataArray\": [" + rows + "]}]"),
                                true);
                        if (reply.status() != 201) {
                            throw new IllegalStateException("ingest failed: " + reply.status() + " " + reply.text());
                        }
                    }
                }
                return null;
            });
        }
        return observationsPerSecond(work, batches);
    }

    /**
     * The same rows by plain JDBC, every column the service writes (the station's feature of interest, which the
     * database checks, and the sender among them): one PreparedStatement batch of 1,000 per transaction, one connection
     * per thread.
     */
    private static double jdbcIngest(StoreSettings settings, List<Long> datastreams, int batches, long feature) throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        for (long datastream : datastreams) {
            work.add(() -> {
                try (Connection connection = connect(settings)) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement insert = connection.prepareStatement("insert into observation(datastream_id, phenomenon_start_ms,"
                            + " phenomenon_end_ms, result, result_time_ms, feature_of_interest_id, parameters, revision, received_ms, sender)"
                            + " values (?, ?, ?, ?, null, ?, null, 1, ?, 'raw jdbc')")) {
                        long t0 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
                        for (int b = 0; b < batches; b++) {
                            for (int i = 0; i < BATCH; i++) {
                                long at = t0 + ((long) b * BATCH + i) * 60_000;
                                insert.setLong(1, datastream);
                                insert.setLong(2, at);
                                insert.setLong(3, at);
                                insert.setDouble(4, 100 + i % 50);
                                insert.setLong(5, feature);
                                insert.setLong(6, System.currentTimeMillis());
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                return null;
            });
        }
        return observationsPerSecond(work, batches);
    }

    /** Runs every thread's {@code batches} batches at once; the clock runs from the start of all to the end of the last. */
    private static double observationsPerSecond(List<Callable<Void>> work, int batches) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        long start = System.nanoTime();
        for (Future<Void> done : threads.invokeAll(work)) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        return (double) work.size() * batches * BATCH / seconds;
    }

    /** A plain connection to the store's database and schema, outside the service. */
    private static Connection connect(StoreSettings settings) throws Exception {
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), rawProperties(settings));
        if (!settings.schema().isBlank()) {
            connection.setSchema(settings.schema());
        }
        return connection;
    }

    /** The driver settings the store itself uses, so the reference is the best plain batch insert, not a slower one. */
    private static Properties rawProperties(StoreSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        if (settings.jdbcUrl().startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return properties;
    }

    /** The feature of interest the service gave the observations it stored: the station's, taken from its Location. */
    private static long stationFeature(StoreSettings settings, long datastream) throws Exception {
        try (Connection connection = connect(settings)) {
            try (PreparedStatement query = connection.prepareStatement("select feature_of_interest_id from observation where datastream_id = ? limit 1")) {
                query.setLong(1, datastream);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }
    }

    private static void tenYearDaily(Store store, Principal admin, long datastream) {
        List<ObservationInput> days = new ArrayList<>();
        long t0 = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
        for (int d = 0; d < 3653; d++) {
            days.add(new ObservationInput(datastream, t0 + d * DAY, t0 + (d + 1) * DAY, 300 + 200 * Math.sin(d / 58.0), null, null, null, "day " + d));
        }
        store.observations().deliver(admin, days);
    }

    private static ObjectNode reads(String base, String token, long series) {
        ObjectNode out = JSON.createObjectNode();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("series10yDaily", base + "/sta/v1.1/Datastreams(" + series + ")/Observations?$top=4000&$orderby=phenomenonTime");
        urls.put("decadeAggregates10y", base + "/api/v1/datastreams/" + series + "/aggregates?step=decade");
        Http http = new Http();
        for (Map.Entry<String, String> url : urls.entrySet()) {
            Latencies latencies = new Latencies(200);
            for (int i = 0; i < 250; i++) {
                long start = System.nanoTime();
                Http.Reply reply = http.send("GET", url.getValue(), token, null);
                if (reply.status() != 200) {
                    throw new IllegalStateException("read failed: " + reply.status() + " " + reply.body());
                }
                if (i >= 50) {
                    latencies.add(System.nanoTime() - start);
                }
            }
            out.putObject(url.getKey()).put("p50Ms", latencies.percentileMs(50)).put("p99Ms", latencies.percentileMs(99));
        }
        return out;
    }

    /**
     * Reads at {@code riparian.bench.readRate} a second (1,000 by default) for 10 s from a second JVM on loopback, after
     * 10 s of the same load to warm the server's JIT (discarded: the first seconds of a cold JVM measure the compiler).
     */
    private static ObjectNode readLoad(String url, String token) throws Exception {
        String rate = System.getProperty("riparian.bench.readRate", "1000");
        loadFor(url, token, rate);
        String[] parts = loadFor(url, token, rate);
        return JSON.createObjectNode().put("url", "latest 100 observations of the series").put("targetPerSecond", Integer.parseInt(rate))
                .put("warmUpSeconds", 10).put("seconds", 10).put("sent", Long.parseLong(parts[0])).put("ok", Long.parseLong(parts[1]))
                .put("p50Ms", Double.parseDouble(parts[2])).put("p99Ms", Double.parseDouble(parts[3]));
    }

    private static String[] loadFor(String url, String token, String rate) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process load = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReadLoad.class.getName(), url, token, rate, "10")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        load.waitFor();
        return line.trim().split(" ");
    }

    private static void dropSchema(StoreSettings settings) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + settings.schema() + " cascade");
        }
    }
}
