package org.riparian.store.access;

import org.riparian.store.StoreSettings;
import org.riparian.store.testing.TestDatabases;

/** {@link TokensTest} on PostgreSQL. */
class TokensTestPG extends TokensTest {

    @Override
    protected StoreSettings settings() {
        return TestDatabases.postgres();
    }
}
