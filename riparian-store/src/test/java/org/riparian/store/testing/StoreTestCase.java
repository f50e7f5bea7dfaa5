package org.riparian.store.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;

/**
 * A store test on a fresh database per test: H2 here, PostgreSQL in a {@code TestXPG} subclass that overrides
 * {@link #settings()}; the database is dropped after each test.
 */
public abstract class StoreTestCase {

    protected StoreSettings settings;
    protected Store store;
    protected Stations stations;

    protected StoreSettings settings() {
        return TestDatabases.h2();
    }

    @BeforeEach
    void open() {
        settings = settings();
        store = Store.open(settings);
        stations = new Stations(store);
    }

    @AfterEach
    void close() {
        store.close();
        TestDatabases.drop(settings);
    }
}
