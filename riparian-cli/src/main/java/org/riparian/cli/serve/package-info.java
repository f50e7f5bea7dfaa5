/** {@code riparian serve}: the hydromet data service on the embedded H2 store (or PostgreSQL), seeded with the shipped basin's stations. */
package org.riparian.cli.serve;
