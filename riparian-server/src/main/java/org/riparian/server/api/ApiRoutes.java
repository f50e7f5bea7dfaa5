package org.riparian.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.server.ingest.CsvUpload;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Store;
import org.riparian.store.access.IssuedToken;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.observation.Delivery;
import org.riparian.store.unit.Unit;

/** The /api/v1 write routes (tokens, CSV upload, QC rules), and the series reads of {@link SeriesRoutes}: thin handlers over the store. */
public final class ApiRoutes {

    private final Store store;

    public ApiRoutes(Store store) {
        this.store = store;
    }

    public void install(Javalin app) {
        app.post("/api/v1/tokens", this::issueToken);
        app.delete("/api/v1/tokens/{id}", ctx -> {
            store.tokens().revoke(Authentication.principal(ctx), Ranges.id(ctx, "id"));
            ctx.status(204);
        });
        app.post("/api/v1/datastreams/{id}/observations.csv", this::uploadCsv);
        app.post("/api/v1/datastreams/{id}/qc-rules", ctx -> {
            long rule = store.qc().addRule(Authentication.principal(ctx), Ranges.id(ctx, "id"), Json.body(ctx));
            Json.send(ctx, 201, Json.MAPPER.createObjectNode().put("id", rule));
        });
        new SeriesRoutes(store).install(app);
    }

    private void issueToken(Context ctx) {
        JsonNode body = Json.body(ctx);
        IssuedToken token = store.tokens().issue(Authentication.principal(ctx), body.path("name").asText(null),
                Role.of(body.path("role").asText("")), body.path("country").asText(null));
        ObjectNode out = Json.MAPPER.createObjectNode().put("id", token.id()).put("name", token.name()).put("role", token.role().word())
                .put("country", token.country()).put("token", token.secret())
                .put("note", "shown once: only its hash is stored");
        Json.send(ctx, 201, out);
    }

    private void uploadCsv(Context ctx) {
        Principal who = Authentication.principal(ctx);
        Datastream datastream = store.observations().datastream(Ranges.id(ctx, "id"));
        String unit = ctx.queryParam("unit");
        if (unit == null) {
            throw new InvalidInputException("unit", "is required: the unit of the values in the file, one of " + Unit.symbols());
        }
        CsvUpload.Mapping mapping = new CsvUpload.Mapping(ctx.queryParamAsClass("time", String.class).getOrDefault("time"),
                ctx.queryParam("end"), ctx.queryParamAsClass("value", String.class).getOrDefault("value"), Unit.of(unit, "unit"));
        List<Delivery> deliveries = store.observations().deliver(who, CsvUpload.read(ctx.body(), mapping, datastream));
        ObjectNode out = Json.MAPPER.createObjectNode().put("rows", deliveries.size());
        for (Delivery.Outcome outcome : Delivery.Outcome.values()) {
            out.put(outcome.name().toLowerCase(), deliveries.stream().filter(d -> d.outcome() == outcome).count());
        }
        Json.send(ctx, 201, out);
    }
}
