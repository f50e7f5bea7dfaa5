package org.riparian.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.riparian.server.HydrometServer;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/** A store and a server on 127.0.0.1 at a free port, with tokens for admin, coordinator, reader and providers of KGZ and UZB. */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final StoreSettings settings;
    public final Store store;
    public final HydrometServer server;
    public final Stations stations;
    public final Map<String, String> tokens = new LinkedHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(StoreSettings settings) {
        this(settings, Optional.empty());
    }

    /** With {@code plans}, the server also serves compliance and the decade bulletin. */
    public TestServer(StoreSettings settings, Optional<ApprovedPlans> plans) {
        this.settings = settings;
        this.store = Store.open(settings);
        this.server = plans.map(approved -> HydrometServer.start(store, "127.0.0.1", 0, approved)).orElseGet(() -> HydrometServer.start(store, "127.0.0.1", 0));
        this.stations = new Stations(store);
        String admin = store.tokens().firstAdmin().orElseThrow().secret();
        Principal adminPrincipal = store.tokens().authenticate(admin).orElseThrow();
        tokens.put("admin", admin);
        tokens.put("coordinator", store.tokens().issue(adminPrincipal, "icwc", Role.COORDINATOR, null).secret());
        tokens.put("provider KGZ", store.tokens().issue(adminPrincipal, "kyrgyzhydromet", Role.PROVIDER, "KGZ").secret());
        tokens.put("provider UZB", store.tokens().issue(adminPrincipal, "uzhydromet", Role.PROVIDER, "UZB").secret());
        tokens.put("reader", store.tokens().issue(adminPrincipal, "analyst", Role.READER, null).secret());
    }

    public static TestServer h2() {
        return new TestServer(TestDatabases.h2());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Sends a request as {@code who} (a key of {@link #tokens}, or "anonymous") and returns status and body. */
    public Reply send(String who, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (tokens.containsKey(who)) {
            request.header("Authorization", "Bearer " + tokens.get(who));
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String who, String path) {
        return send(who, "GET", path, null, null);
    }

    public Reply post(String who, String path, String json) {
        return send(who, "POST", path, json.replace('`', '"'), "application/json");
    }

    public Reply patch(String who, String path, String json) {
        return send(who, "PATCH", path, json.replace('`', '"'), "application/json");
    }

    public Reply delete(String who, String path) {
        return send(who, "DELETE", path, null, null);
    }

    @Override
    public void close() {
        server.close();
        store.close();
        TestDatabases.drop(settings);
    }

    /** An HTTP answer. */
    public record Reply(int status, String body, String location) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}
