package org.riparian.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.riparian.store.ConflictException;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into HTTP answers: {@code {"code": 400, "error": "invalid input", "field": ...,
 * "message": ...}}. Refused input is 400, a missing entity 404, a missing token 401, a forbidden write 403, a
 * conflict 409, a body over the limit 413; anything else is a 500 whose details go to the log, not to the caller.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void install(Javalin app) {
        app.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "invalid input", e.field(), e.getMessage()));
        app.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "not found", null, e.getMessage()));
        app.exception(ForbiddenException.class, (e, ctx) -> forbidden(ctx, e));
        app.exception(ConflictException.class, (e, ctx) -> send(ctx, 409, "conflict", null, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), reason(e.getStatus()), null, message(e)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error", null, "the server failed on this request; the details are in its log");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, "not found", null, "no resource at " + ctx.path());
            }
        });
    }

    private static void forbidden(Context ctx, ForbiddenException e) {
        if (Authentication.principal(ctx).role().isEmpty()) {
            send(ctx, 401, "unauthorized", null, "a token is required: " + e.getMessage());
        } else {
            send(ctx, 403, "forbidden", null, e.getMessage());
        }
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "the request body is larger than the server accepts (" + e.getMessage() + "); send it in smaller batches";
        }
        return e.getMessage();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "invalid input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "payload too large";
            case 415 -> "unsupported media type";
            case 503 -> "service unavailable";
            default -> "error";
        };
    }

    static void send(Context ctx, int status, String error, String field, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("code", status);
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        Json.send(ctx, status, body);
    }
}
