package org.riparian.bench.hydromet;

import java.nio.file.Path;
import org.riparian.server.HydrometServer;
import org.riparian.server.ingest.MqttIngest;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;

/**
 * The service as a child process for the reliability run: {@code HydrometMain DATA_DIR MQTT_URI CLIENT_ID}. Prints
 * {@code TOKEN secret} (first start only) and {@code PORT n}, then serves until killed.
 */
public final class HydrometMain {

    private HydrometMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(StoreSettings.embedded(Path.of(args[0])));
        store.tokens().firstAdmin().ifPresent(token -> System.out.println("TOKEN " + token.secret()));
        HydrometServer server = HydrometServer.start(store, "127.0.0.1", 0);
        MqttIngest.start(store, args[1], args[2]);
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
