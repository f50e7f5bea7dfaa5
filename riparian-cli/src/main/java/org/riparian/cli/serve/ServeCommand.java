package org.riparian.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.riparian.cli.RiparianCommand;
import org.riparian.model.aral.AralBasin;
import org.riparian.server.HydrometServer;
import org.riparian.server.ingest.MqttIngest;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.IssuedToken;
import org.riparian.store.seed.BasinSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code riparian serve}: opens the store (an H2 file in the data directory, or PostgreSQL with {@code --db}), seeds
 * the Aral basin's stations into an empty store, prints the first admin token once, and serves the SensorThings API
 * and /api/v1 until stopped; with {@code --mqtt} it also ingests station telemetry from the broker.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the hydromet data service (SensorThings API at /sta/v1.1 and /sta/v1.0, /api/v1) until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", description = "Data directory of the embedded database (default ~/.riparian).")
    Path data;

    @Option(names = "--db", description = "PostgreSQL instead of the embedded file: jdbc:postgresql://HOST:PORT/DB.")
    String database;

    @Option(names = "--db-user", defaultValue = "riparian", description = "PostgreSQL user (default ${DEFAULT-VALUE}); "
            + "the password is read from the environment variable RIPARIAN_DB_PASSWORD.")
    String databaseUser;

    @Option(names = "--mqtt", description = "Ingest telemetry from this MQTT broker, such as tcp://127.0.0.1:1883.")
    String mqtt;

    @Option(names = "--mqtt-client-id", defaultValue = "riparian-server", description = "The persistent MQTT session's client id (default ${DEFAULT-VALUE}).")
    String mqttClientId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Store store = Store.open(settings());
        int seeded = new BasinSeed(store).seedIfEmpty(AralBasin.load());
        if (seeded > 0) {
            out.println("Seeded " + seeded + " stations of the Aral Sea basin (gauges, inflows, reservoirs, canal heads) with their datastreams.");
        }
        store.tokens().firstAdmin().ifPresent(token -> printOnce(out, token));
        HydrometServer server = HydrometServer.start(store, host, port);
        MqttIngest ingest = mqtt == null ? null : MqttIngest.start(store, mqtt, mqttClientId);
        out.println("Serving http://" + host + ":" + server.port() + "/sta/v1.1" + (ingest == null ? "" : " and MQTT telemetry from " + mqtt)
                + "; Ctrl-C stops.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (ingest != null) {
                ingest.close();
            }
            server.close();
            store.close();
            stopped.countDown();
        }, "riparian-serve-shutdown"));
        stopped.await();
        return RiparianCommand.OK;
    }

    private StoreSettings settings() throws IOException {
        if (database != null) {
            String password = System.getenv().getOrDefault("RIPARIAN_DB_PASSWORD", "");
            return StoreSettings.postgres(database, databaseUser, password);
        }
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".riparian");
        Files.createDirectories(dir);
        return StoreSettings.embedded(dir);
    }

    private static void printOnce(PrintWriter out, IssuedToken token) {
        out.println("First admin token (shown this once; only its hash is stored, keep it safe):");
        out.println("  " + token.secret());
        out.println("Use it as 'Authorization: Bearer TOKEN' to issue provider, coordinator and reader tokens at POST /api/v1/tokens.");
    }
}
