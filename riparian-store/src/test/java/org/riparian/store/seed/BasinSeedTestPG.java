package org.riparian.store.seed;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link BasinSeedTest} on PostgreSQL. */
class BasinSeedTestPG extends BasinSeedTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
