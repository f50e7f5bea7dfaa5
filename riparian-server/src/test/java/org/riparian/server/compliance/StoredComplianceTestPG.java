package org.riparian.server.compliance;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link StoredComplianceTest} on PostgreSQL. */
class StoredComplianceTestPG extends StoredComplianceTest {

    @Override
    StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
