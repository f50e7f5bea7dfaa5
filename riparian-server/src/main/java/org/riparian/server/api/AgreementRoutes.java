package org.riparian.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.riparian.server.agreement.AgreementBook;
import org.riparian.server.agreement.AgreementEntry;
import org.riparian.server.agreement.AgreementJson;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;

/**
 * {@code /api/v1/agreements}: the agreements that bind (anyone may read them, filtered by {@code type}, {@code party}
 * and {@code basin}), one agreement and its revisions, and the coordinator's writes: {@code PUT} creates or revises,
 * {@code DELETE} retires (the history stays).
 */
public final class AgreementRoutes {

    private static final List<String> TYPES = List.of("withdrawal-limit", "minimum-flow", "terminal-inflow", "storage-schedule",
            "release-schedule", "energy-delivery");

    private final AgreementBook book;

    public AgreementRoutes(AgreementBook book) {
        this.book = book;
    }

    public void install(Javalin app) {
        app.get("/api/v1/agreements", this::list);
        app.get("/api/v1/agreements/{id}", ctx -> Json.send(ctx, 200, json(found(ctx.pathParam("id")))));
        app.get("/api/v1/agreements/{id}/revisions", this::revisions);
        app.put("/api/v1/agreements/{id}", this::put);
        app.delete("/api/v1/agreements/{id}", ctx -> Json.send(ctx, 200, json(book.retire(Authentication.principal(ctx), ctx.pathParam("id")))));
    }

    private void list(Context ctx) {
        Predicate<AgreementEntry> type = filter(ctx, "type", Set.copyOf(TYPES), "one of " + String.join(", ", TYPES),
                (entry, value) -> AgreementJson.type(entry.agreement()).equals(value));
        Predicate<AgreementEntry> party = filter(ctx, "party", book.countries(), "a country of the basin ("
                + String.join(", ", book.countries()) + ")", (entry, value) -> entry.agreement().parties().contains(value));
        Predicate<AgreementEntry> basin = filter(ctx, "basin", book.basins(), "a river basin of the network ("
                + String.join(", ", book.basins()) + ")", (entry, value) -> book.basinOf(entry.agreement()).equals(value));
        ObjectNode out = Json.MAPPER.createObjectNode().put("basin", book.basinName());
        ArrayNode agreements = out.putArray("agreements");
        book.binding().stream().filter(type.and(party).and(basin)).forEach(entry -> agreements.add(json(entry)));
        Json.send(ctx, 200, out);
    }

    /** A query filter: absent lets all through; a value that is not one of {@code known} is refused naming the parameter. */
    private static Predicate<AgreementEntry> filter(Context ctx, String parameter, Set<String> known, String expected,
            BiPredicate<AgreementEntry, String> matches) {
        Optional<String> value = Optional.ofNullable(ctx.queryParam(parameter));
        value.filter(v -> !known.contains(v)).ifPresent(v -> {
            throw new InvalidInputException(parameter, "'" + v + "', expected " + expected);
        });
        return entry -> value.map(v -> matches.test(entry, v)).orElse(true);
    }

    private void revisions(Context ctx) {
        ObjectNode out = Json.MAPPER.createObjectNode().put("id", ctx.pathParam("id"));
        ArrayNode revisions = out.putArray("revisions");
        book.history(ctx.pathParam("id")).forEach(entry -> revisions.add(json(entry)));
        Json.send(ctx, 200, out);
    }

    private void put(Context ctx) {
        String id = ctx.pathParam("id");
        boolean existed = book.find(id).isPresent();
        AgreementEntry written = book.put(Authentication.principal(ctx), id, () -> Json.body(ctx));
        if (!existed) {
            ctx.header("Location", "/api/v1/agreements/" + id);
        }
        Json.send(ctx, existed ? 200 : 201, json(written));
    }

    private AgreementEntry found(String id) {
        return book.find(id).orElseThrow(() -> new NotFoundException("no agreement '" + id + "' in the basin file or the store"));
    }

    private ObjectNode json(AgreementEntry entry) {
        return AgreementJson.of(entry, book.basinOf(entry.agreement()), book.basinName());
    }
}
