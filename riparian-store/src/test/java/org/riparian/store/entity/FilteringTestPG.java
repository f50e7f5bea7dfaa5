package org.riparian.store.entity;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link FilteringTest} on PostgreSQL. */
class FilteringTestPG extends FilteringTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
