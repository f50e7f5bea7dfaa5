package org.riparian.store.migration;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link MigrationTest} on PostgreSQL. */
class MigrationTestPG extends MigrationTest {

    @Override
    StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
