package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.basin.Basin;
import org.riparian.model.time.Season;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.store.ForbiddenException;
import org.riparian.store.NotFoundException;

/**
 * {@code /api/v1/plans}, {@code /exchange}, {@code /coalitions} and {@code /ensembles}: POST starts a run (a token is
 * needed) and answers 202 with its id; GET lists the runs newest first; GET /{id} gives progress and, once done,
 * the result. Anyone may read.
 */
public final class RunRoutes {

    private final RunQueue queue;
    private final Runs runs;

    public RunRoutes(RunQueue queue, Supplier<Basin> basin) {
        this.queue = queue;
        this.runs = new Runs(basin);
    }

    public void install(Javalin app) {
        kind(app, "plans", runs::plan);
        kind(app, "exchange", runs::exchange);
        kind(app, "coalitions", runs::coalitions);
        kind(app, "ensembles", runs::ensemble);
    }

    private void kind(Javalin app, String kind, Function<JsonNode, Function<Progress, JsonNode>> checked) {
        String path = "/api/v1/" + kind;
        app.post(path, ctx -> {
            if (Authentication.principal(ctx).role().isEmpty()) {
                throw new ForbiddenException("starting a run is a write action");
            }
            JsonNode body = Json.body(ctx);
            Job job = queue.submit(kind, body, checked.apply(body));
            ctx.header("Location", path + "/" + job.id());
            Json.send(ctx, 202, job.toJson(false));
        });
        app.get(path, ctx -> {
            ArrayNode list = Json.MAPPER.createArrayNode();
            queue.jobs(kind).forEach(job -> list.add(job.toJson(false)));
            Json.send(ctx, 200, Json.MAPPER.createObjectNode().set("runs", list));
        });
        app.get(path + "/{id}", ctx -> Json.send(ctx, 200, job(ctx, kind).toJson(true)));
    }

    private Job job(Context ctx, String kind) {
        String text = ctx.pathParam("id");
        long id = RunRequest.refused("id", () -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a run id, expected an integer", e);
            }
        });
        return queue.job(kind, id).orElseThrow(() -> new NotFoundException("no " + kind + " run " + id
                + " (the server keeps the latest " + RunQueue.KEPT + " runs, until it restarts)"));
    }

    /** The season a plan is made for when none is named; the exchange, game and ensemble run the hydrological year before it. */
    static Season comingVegetation() {
        return Season.comingVegetation(LocalDate.now());
    }
}
