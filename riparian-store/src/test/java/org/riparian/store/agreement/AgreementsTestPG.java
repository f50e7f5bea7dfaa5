package org.riparian.store.agreement;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link AgreementsTest} on PostgreSQL. */
class AgreementsTestPG extends AgreementsTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
