package org.riparian.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
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
import org.riparian.store.observation.Revision;
import org.riparian.store.unit.Unit;

/** The /api/v1 routes: thin handlers over the store. */
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
        app.get("/api/v1/observations/{id}/revisions", this::revisions);
        app.get("/api/v1/datastreams/{id}/as-of", this::asOf);
        app.get("/api/v1/datastreams/{id}/best", this::best);
        app.post("/api/v1/datastreams/{id}/qc-rules", ctx -> {
            long rule = store.qc().addRule(Authentication.principal(ctx), Ranges.id(ctx, "id"), Json.body(ctx));
            Json.send(ctx, 201, Json.MAPPER.createObjectNode().put("id", rule));
        });
        app.get("/api/v1/datastreams/{id}/qc-rules", ctx -> Json.send(ctx, 200, Json.MAPPER.valueToTree(store.qc().rules(readable(ctx).id()))));
        app.get("/api/v1/datastreams/{id}/qc-summary", ctx -> Json.send(ctx, 200, Json.MAPPER.valueToTree(store.qc().summary(readable(ctx).id()))));
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

    private void revisions(Context ctx) {
        long id = Ranges.id(ctx, "id");
        Principal who = Authentication.principal(ctx);
        store.entities().get(who, org.riparian.store.entity.EntityType.OBSERVATION, id);
        Json.send(ctx, 200, revisionsJson(store.observations().revisions(id)));
    }

    private void asOf(Context ctx) {
        Datastream datastream = readable(ctx);
        long at = Ranges.time(ctx, "at", System.currentTimeMillis());
        List<Revision> values = store.observations().asOf(datastream.id(), at, Ranges.time(ctx, "from", Long.MIN_VALUE), Ranges.time(ctx, "to", Long.MAX_VALUE));
        ObjectNode out = Json.MAPPER.createObjectNode().put("datastream", datastream.id()).put("asOf", Instant.ofEpochMilli(at).toString())
                .put("unit", datastream.unit().symbol());
        out.set("values", revisionsJson(values));
        Json.send(ctx, 200, out);
    }

    private void best(Context ctx) {
        Datastream datastream = readable(ctx);
        ObjectNode out = Json.MAPPER.createObjectNode().put("datastream", datastream.id()).put("unit", datastream.unit().symbol());
        ArrayNode values = out.putArray("values");
        store.observations().bestAvailable(datastream.id(), Ranges.time(ctx, "from", Long.MIN_VALUE), Ranges.time(ctx, "to", Long.MAX_VALUE))
                .forEach(v -> values.addObject().put("phenomenonTime", org.riparian.store.Times.formatInterval(v.startMs(), v.endMs()))
                        .put("result", v.result()).put("processingLevel", v.level().word()).put("observation", v.observationId()));
        Json.send(ctx, 200, out);
    }

    private Datastream readable(Context ctx) {
        Datastream datastream = store.observations().datastream(Ranges.id(ctx, "id"));
        Ranges.requireReadable(Authentication.principal(ctx), datastream);
        return datastream;
    }

    private static ArrayNode revisionsJson(List<Revision> revisions) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Revision r : revisions) {
            array.addObject().put("observation", r.observationId())
                    .put("phenomenonTime", org.riparian.store.Times.formatInterval(r.phenomenonStart().toEpochMilli(), r.phenomenonEnd().toEpochMilli()))
                    .put("revision", r.revision()).put("result", r.result()).put("sender", r.sender()).put("received", r.received().toString());
        }
        return array;
    }
}
