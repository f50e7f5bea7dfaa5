/**
 * Test support shared with the server's tests (in the test-jar): real databases for the store suite, an embedded
 * H2 file per test and a fresh PostgreSQL schema per test, and a few stations built through the public API.
 */
package org.riparian.store.testing;
