/** A real server on a random loopback port over a real store, with a token per role and country, and an HTTP client. */
package org.riparian.server.testing;
