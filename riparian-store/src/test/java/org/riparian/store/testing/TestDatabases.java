package org.riparian.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.riparian.store.StoreSettings;

/** The two databases every store test runs on: an embedded H2 file, and PostgreSQL at 127.0.0.1:5432 (database test). */
public final class TestDatabases {

    public static final String POSTGRES_URL = System.getProperty("riparian.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {
    }

    /** A new H2 file database in a fresh temporary directory. */
    public static StoreSettings h2() {
        try {
            return StoreSettings.embedded(Files.createTempDirectory("riparian-store-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoreSettings h2(Path dir) {
        return StoreSettings.embedded(dir);
    }

    /** A new, empty schema in PostgreSQL's database {@code test}; skipped (or, on CI, failed) when PostgreSQL is absent. */
    public static StoreSettings postgres() {
        String user = postgresUser();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return StoreSettings.postgres(POSTGRES_URL, user, "").withSchema(schema);
    }

    /** Drops a schema that {@link #postgres()} made. */
    public static void drop(StoreSettings settings) {
        if (!settings.isPostgres() || settings.schema().isBlank()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + settings.schema() + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + settings.schema(), e);
        }
    }

    private static String postgresUser() {
        SQLException last = null;
        for (String user : new String[] {"postgres", "root"}) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, user, "")) {
                return user;
            } catch (SQLException e) {
                last = e;
            }
        }
        RequiredService.unavailable("PostgreSQL", POSTGRES_URL + ": " + (last == null ? "no user" : last.getMessage()));
        throw new IllegalStateException("unreachable");
    }
}
