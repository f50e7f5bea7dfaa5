package org.riparian.server.api;

import io.javalin.http.Context;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Times;
import org.riparian.store.access.Principal;
import org.riparian.store.datastream.Datastream;

/** Request helpers of /api/v1: a datastream the caller may read, and time parameters. */
final class Ranges {

    private Ranges() {
    }

    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + Times.abbreviate(ctx.pathParam(name)) + "' is not an id, expected an integer");
        }
    }

    /** A time query parameter, or {@code absent} when not given. */
    static long time(Context ctx, String name, long absent) {
        String text = ctx.queryParam(name);
        return text == null ? absent : Times.parse(text, name);
    }

    static void requireReadable(Principal who, Datastream datastream) {
        if (!datastream.open() && !who.readsAll()) {
            throw new ForbiddenException("Datastream(" + datastream.id() + ") is not open data; a token is needed to read it");
        }
    }
}
