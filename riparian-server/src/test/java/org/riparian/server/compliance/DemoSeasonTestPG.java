package org.riparian.server.compliance;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link DemoSeasonTest} on PostgreSQL. */
class DemoSeasonTestPG extends DemoSeasonTest {

    @Override
    StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
