package org.riparian.store.entity;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link CreateUpdateDeleteTest} on PostgreSQL. */
class CreateUpdateDeleteTestPG extends CreateUpdateDeleteTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
