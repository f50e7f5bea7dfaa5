package org.riparian.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.riparian.store.access.Tokens;
import org.riparian.store.agreement.Agreements;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.entity.Entities;
import org.riparian.store.observation.Observations;
import org.riparian.store.qc.QualityControl;

/**
 * The open store: a connection pool, a migrated schema and the services over it. One per process; close it to
 * release the database file or connections.
 */
public final class Store implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Observations observations;
    private final Entities entities;
    private final Tokens tokens;
    private final QualityControl qc;
    private final Agreements agreements;

    private Store(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.audit = new AuditLog(jdbi);
        this.qc = new QualityControl(jdbi, audit);
        this.observations = new Observations(jdbi, audit, qc, postgres);
        this.entities = new Entities(jdbi, audit, observations);
        this.tokens = new Tokens(jdbi, audit);
        this.agreements = new Agreements(jdbi, audit);
    }

    /** Opens the database, creating it if needed, and brings its schema to the latest migration. */
    public static Store open(StoreSettings settings) {
        HikariDataSource pool = pool(settings);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .schemas(settings.schema().isBlank() ? new String[0] : new String[] {settings.schema()})
                    .load().migrate();
            return new Store(pool, settings.isPostgres());
        } catch (FlywayException | ConnectionException e) {
            pool.close();
            throw new StoreException("the database at " + settings.jdbcUrl() + " could not be migrated: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("riparian-store");
        if (settings.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // one multi-row INSERT per 128 rows instead of one statement per row: ingestion is bound by round trips
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        if (!settings.schema().isBlank()) {
            config.setSchema(settings.schema());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public AuditLog audit() {
        return audit;
    }

    public Observations observations() {
        return observations;
    }

    public Entities entities() {
        return entities;
    }

    public Tokens tokens() {
        return tokens;
    }

    public QualityControl qc() {
        return qc;
    }

    public Agreements agreements() {
        return agreements;
    }

    @Override
    public void close() {
        pool.close();
    }
}
