package org.riparian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.riparian.store.StoreSettings;
import picocli.CommandLine.Option;

/** Which store a command opens: the embedded H2 file in the data directory, or PostgreSQL with {@code --db}. */
public final class StoreChoice {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the embedded database (default ~/.riparian).")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL instead of the embedded file: jdbc:postgresql://HOST:PORT/DB.")
    String database;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "riparian", description = "PostgreSQL user (default ${DEFAULT-VALUE}); "
            + "the password is read from the environment variable RIPARIAN_DB_PASSWORD.")
    String databaseUser;

    public StoreSettings settings() {
        if (database != null) {
            return StoreSettings.postgres(database, databaseUser, System.getenv().getOrDefault("RIPARIAN_DB_PASSWORD", ""));
        }
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".riparian");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return StoreSettings.embedded(dir);
    }
}
