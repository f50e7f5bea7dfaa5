package org.riparian.cli.serve;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.riparian.cli.RiparianCommand;
import org.riparian.cli.StoreChoice;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.time.Season;
import org.riparian.server.HydrometServer;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.compliance.DemoSeason;
import org.riparian.server.ingest.MqttIngest;
import org.riparian.store.Store;
import org.riparian.store.access.IssuedToken;
import org.riparian.store.seed.BasinSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code riparian serve}: opens the store (an H2 file in the data directory, or PostgreSQL with {@code --db}), seeds
 * the Aral basin's stations into an empty store, prints the first admin token once, and serves the SensorThings API
 * and /api/v1 (compliance against the Aral basin's normal-year plan included) until stopped; with {@code --mqtt} it also
 * ingests station telemetry from the broker, with {@code --demo} it first seeds a synthetic past season.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the hydromet data service (SensorThings API at /sta/v1.1 and /sta/v1.0, /api/v1) until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    StoreChoice storeChoice;

    @Option(names = "--demo", description = "Seed a past vegetation season of synthetic observations (the approved plan plus noise, "
            + "one breach put in, labelled synthetic everywhere) into a store that has none, so compliance and the bulletin have data.")
    boolean demo;

    @Option(names = "--mqtt", description = "Ingest telemetry from this MQTT broker, such as tcp://127.0.0.1:1883.")
    String mqtt;

    @Option(names = "--mqtt-client-id", defaultValue = "riparian-server", description = "The persistent MQTT session's client id (default ${DEFAULT-VALUE}).")
    String mqttClientId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Store store = Store.open(storeChoice.settings());
        Basin aral = AralBasin.load();
        int seeded = new BasinSeed(store).seedIfEmpty(aral);
        if (seeded > 0) {
            out.println("Seeded " + seeded + " stations of the Aral Sea basin (gauges, inflows, reservoirs, canal heads, energy meters) with their"
                    + " datastreams.");
        }
        int meters = new BasinSeed(store).addMeters(aral.name(), aral.network().agreements().stream().filter(EnergyDelivery.class::isInstance)
                .map(EnergyDelivery.class::cast).toList());
        if (meters > 0) {
            out.println("Added " + meters + " energy meter stations for the basin's energy deliveries.");
        }
        ApprovedPlans plans = new ApprovedPlans(aral.name(), aral.prepareWith(Optional.ofNullable(aral.hydrologies().get("normal")), List.of()));
        if (demo) {
            seedDemo(out, store, plans);
        }
        store.tokens().firstAdmin().ifPresent(token -> printOnce(out, token));
        HydrometServer server = HydrometServer.start(store, host, port, plans);
        MqttIngest ingest = mqtt == null ? null : MqttIngest.start(store, mqtt, mqttClientId);
        out.println("Dashboard http://" + host + ":" + server.port() + "/dashboard/");
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

    private static void seedDemo(PrintWriter out, Store store, ApprovedPlans plans) {
        Season season = DemoSeason.lastVegetation(LocalDate.now(ZoneOffset.UTC));
        out.println("Planning " + season.label() + " and generating its synthetic observations ...");
        out.flush();
        int values = DemoSeason.seedIfEmpty(store, plans, season);
        out.println(values == 0 ? "The store already holds observations: no demo season seeded."
                : "Seeded " + values + " SYNTHETIC daily values of " + season.label() + " (the approved plan plus noise, one breach put in); "
                        + "the bulletin: /api/v1/compliance/bulletin?decade=" + season.start().getYear() + "-07-2");
    }

    private static void printOnce(PrintWriter out, IssuedToken token) {
        out.println("First admin token (shown this once; only its hash is stored, keep it safe):");
        out.println("  " + token.secret());
        out.println("Use it as 'Authorization: Bearer TOKEN' to issue provider, coordinator and reader tokens at POST /api/v1/tokens.");
    }
}
