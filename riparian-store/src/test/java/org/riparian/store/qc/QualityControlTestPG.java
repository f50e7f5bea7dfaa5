package org.riparian.store.qc;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link QualityControlTest} on PostgreSQL. */
class QualityControlTestPG extends QualityControlTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
