package org.riparian.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.riparian.model.network.Place;
import org.riparian.store.InvalidInputException;
import org.riparian.store.StoreException;
import org.riparian.store.audit.AuditLog;

/** API tokens: issued with 256 random bits, stored as SHA-256 hashes, looked up by hash, revoked but never deleted. */
public final class Tokens {

    private static final String PREFIX = "rip_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * How long a token that authenticated is taken on trust without asking the database again: a read costs no token
     * query. A revocation through this store counts at once; one made by another process on the same database within
     * this time.
     */
    private static final Duration TRUSTED_FOR = Duration.ofSeconds(5);
    private static final long RECENT_NANOS = TRUSTED_FOR.toNanos();
    private static final int RECENT_MOST = 10_000;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Map<String, Recent> recentlyAuthenticated = new ConcurrentHashMap<>();
    /** Counts revocations (guarded by {@code recentlyAuthenticated}), so that a lookup that raced one is not trusted. */
    private long revocations;

    private record Recent(Principal principal, long atNanos) {
    }

    public Tokens(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Issues a token; a provider's needs its country, the other roles have none. */
    public IssuedToken issue(Principal by, String name, Role role, String country) {
        Rights.requireAdmin(by);
        return insert(by.name(), name, role, country);
    }

    /** The first admin token, when no admin token exists yet; empty otherwise. Printed once by the caller. */
    public synchronized Optional<IssuedToken> firstAdmin() {
        boolean anyAdmin = jdbi.withHandle(h -> h.createQuery("select count(*) from api_token where role = 'admin'")
                .mapTo(Long.class).one()) > 0;
        return anyAdmin ? Optional.empty() : Optional.of(insert("first start", "admin", Role.ADMIN, null));
    }

    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        long now = System.nanoTime();
        Recent recent = recentlyAuthenticated.get(hash);
        if (recent != null && now - recent.atNanos() < RECENT_NANOS) {
            return Optional.of(recent.principal());
        }
        long revoked;
        synchronized (recentlyAuthenticated) {
            revoked = revocations;
        }
        Optional<Principal> principal = jdbi.withHandle(h -> h.createQuery("select name, role, country from api_token where hash = :hash and revoked_ms is null")
                .bind("hash", hash)
                .map((rs, ctx) -> Principal.of(rs.getString("name"), Role.of(rs.getString("role")), rs.getString("country")))
                .findOne());
        principal.ifPresent(p -> trust(hash, new Recent(p, now), revoked));
        return principal;
    }

    private void trust(String hash, Recent recent, long revokedBefore) {
        synchronized (recentlyAuthenticated) {
            if (revocations != revokedBefore) {
                return;
            }
            if (recentlyAuthenticated.size() >= RECENT_MOST) {
                recentlyAuthenticated.clear();
            }
            recentlyAuthenticated.put(hash, recent);
        }
    }

    public void revoke(Principal by, long id) {
        Rights.requireAdmin(by);
        int changed = jdbi.withHandle(h -> h.createUpdate("update api_token set revoked_ms = :now where id = :id and revoked_ms is null")
                .bind("now", System.currentTimeMillis()).bind("id", id).execute());
        synchronized (recentlyAuthenticated) {
            revocations++;
            recentlyAuthenticated.clear();
        }
        if (changed == 0) {
            throw new InvalidInputException("id", "token " + id + " does not exist or is already revoked");
        }
        audit.record(by.name(), "revoke", "Token", id, "revoked");
    }

    private IssuedToken insert(String by, String name, Role role, String country) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "a token needs a name of 1 to 100 characters");
        }
        if (role == Role.TELEMETRY) {
            throw new InvalidInputException("role", "telemetry is the MQTT ingestion's own role, never a token's");
        }
        if ((role == Role.PROVIDER) != (country != null)) {
            throw new InvalidInputException("country", role == Role.PROVIDER
                    ? "a provider token needs its country (ISO 3166 alpha-3, such as KGZ)" : "only a provider token has a country");
        }
        if (country != null && !Place.isCountryCode(country)) {
            throw new InvalidInputException("country", "'" + country + "' is not an ISO 3166 alpha-3 code such as KGZ");
        }
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        long id = jdbi.inTransaction(h -> {
            long created = h.createUpdate("insert into api_token(name, hash, role, country, created_ms) values (:name, :hash, :role, :country, :now)")
                    .bind("name", name).bind("hash", hash(secret)).bind("role", role.word()).bind("country", country)
                    .bind("now", System.currentTimeMillis())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit.record(h, by, "create", "Token", created, "issued " + role.word() + (country == null ? "" : " of " + country) + " token '" + name + "'");
            return created;
        });
        return new IssuedToken(id, name, role, country, secret);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException("SHA-256 is missing from this JVM", e);
        }
    }
}
