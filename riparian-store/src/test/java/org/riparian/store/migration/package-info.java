/** Tests of the schema migrations as an upgrade meets them: applied over a database that already holds data. */
package org.riparian.store.migration;
