package org.riparian.server.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.server.http.Json;
import org.riparian.server.run.RunQueue;
import org.riparian.server.run.RunRoutes;

/**
 * The dashboard at {@code /dashboard/} (and {@code /} redirects there), the basin it shows at {@code GET /api/v1/basin},
 * and the runs it starts; the queue of runs stops with the server.
 */
public final class DashboardRoutes {

    private final Supplier<Basin> basin;

    /** {@code basin} is read once, on first use, so a server that never shows the dashboard never loads it. */
    public DashboardRoutes(Supplier<Basin> basin) {
        this.basin = memoised(basin);
    }

    public void install(Javalin app) {
        RunQueue queue = new RunQueue();
        app.events(events -> events.serverStopping(queue::close));
        new RunRoutes(queue, basin).install(app);
        app.get("/", ctx -> ctx.redirect("/dashboard/"));
        // Javalin ignores trailing slashes: this serves /dashboard/ too
        app.get("/dashboard", ctx -> StaticFiles.send(ctx, "dashboard/index.html"));
        app.get("/dashboard/<path>", ctx -> StaticFiles.send(ctx, "dashboard/" + ctx.pathParam("path")));
        app.get("/dashboard-lib/echarts.min.js", ctx -> StaticFiles.send(ctx, StaticFiles.webJar("echarts", "dist/echarts.min.js")));
        app.get("/api/v1/basin", this::basin);
    }

    private void basin(Context ctx) {
        Basin served = basin.get();
        ObjectNode json = Json.MAPPER.createObjectNode().put("name", served.name()).put("description", served.description());
        json.putPOJO("hydrologies", served.hydrologies().keySet().stream().sorted().toList());
        ArrayNode scenarios = json.putArray("scenarios");
        served.scenarios().values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(s -> scenarios.addObject().put("name", s.name()).put("description", s.description()));
        Map<String, Schematic.Position> layout = Schematic.of(served.network());
        ArrayNode nodes = json.putArray("nodes");
        for (Node node : served.network().nodes()) {
            ObjectNode item = nodes.addObject().put("id", node.id()).put("kind", node.kind()).put("country", node.country())
                    .put("basin", node.place().basin()).put("column", layout.get(node.id()).column()).put("row", layout.get(node.id()).row());
            if (node instanceof Reservoir reservoir) {
                item.put("full_storage_hm3", reservoir.fullStorageHm3());
            }
        }
        ArrayNode links = json.putArray("links");
        served.network().links().forEach(link -> links.addObject().put("from", link.from()).put("to", link.to()));
        Json.send(ctx, 200, json);
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
