package org.riparian.server.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Tokens;

/**
 * Reads {@code Authorization: Bearer TOKEN}. No header: the anonymous caller. A header with an unknown or revoked
 * token: 401, never a silent fall-back to anonymous.
 */
public final class Authentication {

    private static final String ATTRIBUTE = "riparian.principal";

    private final Tokens tokens;
    private final Principal anonymous;

    public Authentication(Tokens tokens, Principal anonymous) {
        this.tokens = tokens;
        this.anonymous = anonymous;
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.attribute(ATTRIBUTE, anonymous);
            return;
        }
        if (!header.startsWith("Bearer ")) {
            throw new UnauthorizedResponse("Authorization: expected 'Bearer TOKEN'");
        }
        Principal principal = tokens.authenticate(header.substring("Bearer ".length()).trim())
                .orElseThrow(() -> new UnauthorizedResponse("Authorization: the token is unknown or revoked"));
        ctx.attribute(ATTRIBUTE, principal);
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        return principal == null ? Principal.ANONYMOUS : principal;
    }
}
