package org.riparian.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.server.export.CsvExport;
import org.riparian.server.export.ExportedValue;
import org.riparian.server.export.WaterMl;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Store;
import org.riparian.store.Times;
import org.riparian.store.aggregate.Aggregate;
import org.riparian.store.aggregate.Aggregation;
import org.riparian.store.aggregate.Step;
import org.riparian.store.access.Principal;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.entity.EntityType;
import org.riparian.store.observation.BestValue;
import org.riparian.store.observation.Revision;
import org.riparian.store.qc.Flag;
import org.riparian.store.qc.QualityControl;

/** The /api/v1 reads of one series: revisions, as of, best available, aggregates, exports and QC summaries. */
public final class SeriesRoutes {

    private final Store store;

    public SeriesRoutes(Store store) {
        this.store = store;
    }

    public void install(Javalin app) {
        app.get("/api/v1/observations/{id}/revisions", this::revisions);
        app.get("/api/v1/datastreams/{id}/as-of", this::asOf);
        app.get("/api/v1/datastreams/{id}/best", this::best);
        app.get("/api/v1/datastreams/{id}/aggregates", this::aggregates);
        app.get("/api/v1/datastreams/{id}/export.wml", ctx -> {
            Datastream datastream = readable(ctx);
            ctx.contentType("application/xml").result(WaterMl.write(datastream, exported(ctx, datastream)));
        });
        app.get("/api/v1/datastreams/{id}/export.csv", ctx -> {
            Datastream datastream = readable(ctx);
            ctx.contentType("text/csv").result(CsvExport.write(datastream, exported(ctx, datastream)));
        });
        app.get("/api/v1/datastreams/{id}/qc-rules", ctx -> Json.send(ctx, 200, Json.MAPPER.valueToTree(store.qc().rules(readable(ctx).id()))));
        app.get("/api/v1/datastreams/{id}/qc-summary", ctx -> Json.send(ctx, 200, Json.MAPPER.valueToTree(store.qc().summary(readable(ctx).id()))));
    }

    private void revisions(Context ctx) {
        long id = Ranges.id(ctx, "id");
        Principal who = Authentication.principal(ctx);
        store.entities().get(who, EntityType.OBSERVATION, id);
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
        best(ctx, datastream).forEach(v -> values.addObject().put("phenomenonTime", Times.formatInterval(v.startMs(), v.endMs()))
                        .put("result", v.result()).put("processingLevel", v.level().word()).put("observation", v.observationId()));
        Json.send(ctx, 200, out);
    }

    private void aggregates(Context ctx) {
        Datastream datastream = readable(ctx);
        Step step = Step.of(ctx.queryParamAsClass("step", String.class).getOrDefault("decade"));
        ZoneOffset offset = offset(ctx.queryParam("offset"));
        List<Aggregate> aggregates = Aggregation.of(best(ctx, datastream), datastream.interpolation(), step, offset);
        ObjectNode out = Json.MAPPER.createObjectNode().put("datastream", datastream.id()).put("unit", datastream.unit().symbol())
                .put("step", step.name().toLowerCase()).put("method", datastream.interpolation().isTotal() ? "sum" : "mean")
                .put("interpolationType", datastream.interpolation().name());
        ArrayNode values = out.putArray("values");
        aggregates.forEach(a -> values.addObject().put("period", a.period()).put("start", a.start().toString()).put("end", a.end().toString())
                .put("value", a.value()).put("count", a.count()).put("min", a.min()).put("max", a.max()));
        Json.send(ctx, 200, out);
    }

    private List<BestValue> best(Context ctx, Datastream datastream) {
        return store.observations().bestAvailable(datastream.id(), Ranges.time(ctx, "from", Long.MIN_VALUE), Ranges.time(ctx, "to", Long.MAX_VALUE));
    }

    private List<ExportedValue> exported(Context ctx, Datastream datastream) {
        List<BestValue> values = best(ctx, datastream);
        Map<Long, List<Flag>> flags = store.jdbi().withHandle(h -> QualityControl.flags(h, values.stream().map(BestValue::observationId).toList()));
        return values.stream().map(v -> new ExportedValue(v, flags.getOrDefault(v.observationId(), List.of()).stream()
                .map(f -> f.severity().word() + " " + f.rule()).toList())).toList();
    }

    private static ZoneOffset offset(String text) {
        try {
            return text == null ? ZoneOffset.UTC : ZoneOffset.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("offset", "'" + text + "' is not a UTC offset such as +05:00");
        }
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
                    .put("phenomenonTime", Times.formatInterval(r.phenomenonStart().toEpochMilli(), r.phenomenonEnd().toEpochMilli()))
                    .put("revision", r.revision()).put("result", r.result()).put("sender", r.sender()).put("received", r.received().toString());
        }
        return array;
    }
}
