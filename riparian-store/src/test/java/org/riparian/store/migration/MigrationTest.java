package org.riparian.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.observation.Revision;
import org.riparian.store.testing.TestDatabases;

/** Migrations applied to a database that already holds data, as an upgrade meets it. */
class MigrationTest {

    static final long T0 = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    StoreSettings settings;

    StoreSettings settings() {
        return TestDatabases.h2();
    }

    @BeforeEach
    void open() {
        settings = settings();
    }

    @AfterEach
    void close() {
        TestDatabases.drop(settings);
    }

    @Test
    void aRevisionKeptBeforeV3GetsTheTimeItsObservationHad() {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password()).locations("classpath:db/migration")
                .schemas(settings.schema().isBlank() ? new String[0] : new String[] {settings.schema()}).target("2").load().migrate();
        Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password()).useHandle(this::observationWithOneSupersededRevision);

        try (Store store = Store.open(settings)) {
            List<Revision> revisions = store.observations().revisions(1);

            assertThat(revisions).extracting(Revision::revision).containsExactly(1, 2);
            assertThat(revisions).extracting(Revision::phenomenonStart).containsOnly(Instant.ofEpochMilli(T0));
            assertThat(revisions).extracting(Revision::result).containsExactly(5.0, 6.0);
        }
    }

    private void observationWithOneSupersededRevision(Handle handle) {
        String s = settings.schema().isBlank() ? "" : settings.schema() + ".";
        handle.execute("insert into " + s + "thing(id, name, country) values (1, 'Naryn', 'KGZ')");
        handle.execute("insert into " + s + "sensor(id, name, encoding_type, metadata) values (1, 'radar', 'text/html', '\"x\"')");
        handle.execute("insert into " + s + "observed_property(id, name, definition) values (1, 'discharge', 'x')");
        handle.execute("insert into " + s + "datastream(id, name, country, thing_id, sensor_id, observed_property_id, observation_type, unit_name,"
                + " unit_symbol, processing_level, aggregation, interpolation) values (1, 'q', 'KGZ', 1, 1, 1, 'OM_Measurement', 'cms', 'm3/s',"
                + " 'raw', 'instant', 'Continuous')");
        handle.execute("insert into " + s + "observation(id, datastream_id, phenomenon_start_ms, phenomenon_end_ms, result, revision, received_ms,"
                + " sender) values (1, 1, ?, ?, 6, 2, ?, 'b')", T0, T0, T0 + 2);
        handle.execute("insert into " + s + "observation_history(observation_id, revision, result, received_ms, sender, superseded_ms)"
                + " values (1, 1, 5, ?, 'a', ?)", T0 + 1, T0 + 2);
    }
}
