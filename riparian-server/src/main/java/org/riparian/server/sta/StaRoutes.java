package org.riparian.server.sta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;
import org.riparian.store.entity.Page;
import org.riparian.store.observation.Delivery;
import org.riparian.store.observation.ObservationInput;

/** The SensorThings routes under {@code /sta/v1.1} and {@code /sta/v1.0}: thin handlers over the store. */
public final class StaRoutes {

    public static final List<String> VERSIONS = List.of("v1.0", "v1.1");

    private final Store store;

    public StaRoutes(Store store) {
        this.store = store;
    }

    public void install(Javalin app) {
        app.get("/sta/{version}", this::serviceRoot);
        app.get("/sta/{version}/<path>", this::read);
        app.post("/sta/{version}/<path>", this::create);
        app.patch("/sta/{version}/<path>", this::update);
        app.put("/sta/{version}/<path>", this::update);
        app.delete("/sta/{version}/<path>", this::delete);
    }

    private void serviceRoot(Context ctx) {
        String base = base(ctx);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode sets = root.putArray("value");
        for (EntityType type : EntityType.values()) {
            sets.addObject().put("name", type.setName()).put("url", base + "/" + type.setName());
        }
        if (ctx.pathParam("version").equals("v1.1")) {
            ArrayNode conformance = root.putObject("serverSettings").putArray("conformance");
            for (String url : List.of("http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
                    "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
                    "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
                    "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete",
                    "http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array")) {
                conformance.add(url);
            }
        }
        Json.send(ctx, 200, root);
    }

    private void read(Context ctx) {
        String base = base(ctx);
        Principal who = Authentication.principal(ctx);
        StaPath path = StaPath.resolve(ctx.pathParam("path"), store.entities(), who);
        StaRenderer renderer = new StaRenderer(store.entities(), who, base);
        Map<String, String> parameters = parameters(ctx);
        if (path.target() instanceof StaPath.Collection collection) {
            QueryOptions options = QueryOptions.parse(parameters, collection.type());
            Page page = store.entities().list(who, collection.type(), collection.related(), options.query());
            Optional<String> next = Optional.of(NextLink.of(ctx, parameters, options.query()));
            Json.send(ctx, 200, path.ref() ? renderer.references(collection.type(), page, next) : renderer.collection(collection.type(), page, options, next));
        } else if (path.target() instanceof StaPath.Entity entity) {
            JsonNode stored = store.entities().get(who, entity.type(), entity.id());
            if (path.ref()) {
                Json.send(ctx, 200, Json.MAPPER.createObjectNode().put("@iot.selfLink", renderer.selfLink(entity.type(), entity.id())));
            } else {
                Json.send(ctx, 200, renderer.entity(entity.type(), stored, QueryOptions.parse(parameters, entity.type())));
            }
        } else {
            property(ctx, who, (StaPath.Property) path.target());
        }
    }

    private void property(Context ctx, Principal who, StaPath.Property property) {
        JsonNode value = store.entities().get(who, property.type(), property.id()).get(property.name());
        if (property.raw()) {
            ctx.contentType("text/plain").result(value.isTextual() ? value.textValue() : value.toString());
        } else {
            Json.send(ctx, 200, Json.MAPPER.createObjectNode().set(property.name(), value));
        }
    }

    private void create(Context ctx) {
        String base = base(ctx);
        Principal who = Authentication.principal(ctx);
        if (ctx.pathParam("path").equals("CreateObservations")) {
            createObservations(ctx, who, base);
            return;
        }
        StaPath path = StaPath.resolve(ctx.pathParam("path"), store.entities(), who);
        if (!(path.target() instanceof StaPath.Collection collection) || path.ref()) {
            throw new InvalidInputException("path", "POST creates in a collection, such as /Things or /Datastreams(1)/Observations");
        }
        JsonNode body = Json.body(ctx);
        long id = collection.related().isPresent()
                ? store.entities().createRelated(who, collection.related().get(), body)
                : store.entities().create(who, collection.type(), body);
        StaRenderer renderer = new StaRenderer(store.entities(), who, base);
        ctx.header("Location", renderer.selfLink(collection.type(), id));
        Json.send(ctx, HttpStatus.CREATED.getCode(), renderer.entity(collection.type(), store.entities().get(who, collection.type(), id),
                QueryOptions.parse(Map.of(), collection.type())));
    }

    private void createObservations(Context ctx, Principal who, String base) {
        List<ObservationInput> inputs = CreateObservations.parse(Json.body(ctx), store.observations());
        List<Delivery> deliveries = store.observations().deliver(who, inputs);
        StaRenderer renderer = new StaRenderer(store.entities(), who, base);
        ArrayNode links = Json.MAPPER.createArrayNode();
        deliveries.forEach(d -> links.add(renderer.selfLink(EntityType.OBSERVATION, d.observationId())));
        Json.send(ctx, HttpStatus.CREATED.getCode(), links);
    }

    private void update(Context ctx) {
        String base = base(ctx);
        Principal who = Authentication.principal(ctx);
        StaPath.Entity entity = entity(ctx, who);
        store.entities().update(who, entity.type(), entity.id(), Json.body(ctx));
        StaRenderer renderer = new StaRenderer(store.entities(), who, base);
        Json.send(ctx, 200, renderer.entity(entity.type(), store.entities().get(who, entity.type(), entity.id()), QueryOptions.parse(Map.of(), entity.type())));
    }

    private void delete(Context ctx) {
        base(ctx);
        Principal who = Authentication.principal(ctx);
        StaPath.Entity entity = entity(ctx, who);
        store.entities().delete(who, entity.type(), entity.id());
        ctx.status(200);
    }

    private StaPath.Entity entity(Context ctx, Principal who) {
        StaPath path = StaPath.resolve(ctx.pathParam("path"), store.entities(), who);
        if (!(path.target() instanceof StaPath.Entity entity) || path.ref()) {
            throw new InvalidInputException("path", "expected one entity, such as /Things(1)");
        }
        store.entities().get(Principal.system("existence check"), entity.type(), entity.id());
        return entity;
    }

    private static String base(Context ctx) {
        String version = ctx.pathParam("version");
        if (!VERSIONS.contains(version)) {
            throw new NotFoundException("no SensorThings API version '" + version + "', expected v1.0 or v1.1");
        }
        return ctx.scheme() + "://" + ctx.host() + "/sta/" + version;
    }

    private static Map<String, String> parameters(Context ctx) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() > 1) {
                throw new InvalidInputException(name, "is given " + values.size() + " times, expected once");
            }
            parameters.put(name, values.get(0));
        });
        return parameters;
    }
}
