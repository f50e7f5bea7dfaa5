package org.riparian.store.observation;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link ObservationsTest} on PostgreSQL. */
class ObservationsTestPG extends ObservationsTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
