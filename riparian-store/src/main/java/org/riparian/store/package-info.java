/**
 * The hydromet store: one shared database of observations after OGC SensorThings. {@link org.riparian.store.Store}
 * opens it (an embedded H2 file by default, PostgreSQL in production), migrates it with Flyway and hands out the
 * feature services: registry entities, observations with revisions, QC, the audit log and API tokens. Every failure
 * is a {@link org.riparian.store.StoreException}.
 */
package org.riparian.store;
