package org.riparian.store;

import java.nio.file.Path;

/**
 * Where the store lives: a JDBC URL with its user and password. {@link #embedded(Path)} is the default, an H2 file
 * in the data directory that needs nothing installed; {@code jdbc:postgresql://...} is production.
 * {@code schema} (PostgreSQL only) keeps tests apart in one database; blank means the server's default.
 */
public record StoreSettings(String jdbcUrl, String user, String password, String schema, int poolSize) {

    /** File name (without H2's ".mv.db") of the embedded database inside the data directory. */
    public static final String EMBEDDED_NAME = "riparian";

    public StoreSettings {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new InvalidInputException("--db", "'" + jdbcUrl + "' is not a supported database URL, expected jdbc:postgresql://HOST:PORT/DB or jdbc:h2:...");
        }
        if (poolSize < 1) {
            throw new InvalidInputException("poolSize", poolSize + ", expected 1 or more");
        }
    }

    /**
     * The embedded H2 file {@code dir/riparian.mv.db}. WRITE_DELAY=0 writes each commit before it returns, so an
     * acknowledged observation survives a killed process.
     */
    public static StoreSettings embedded(Path dir) {
        String file = dir.toAbsolutePath().resolve(EMBEDDED_NAME).toString().replace('\\', '/');
        return new StoreSettings("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                "riparian", "", "", 8);
    }

    public static StoreSettings postgres(String jdbcUrl, String user, String password) {
        return new StoreSettings(jdbcUrl, user, password, "", 8);
    }

    public StoreSettings withSchema(String name) {
        return new StoreSettings(jdbcUrl, user, password, name, poolSize);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
