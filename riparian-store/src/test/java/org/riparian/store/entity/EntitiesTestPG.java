package org.riparian.store.entity;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link EntitiesTest} on PostgreSQL. */
class EntitiesTestPG extends EntitiesTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
