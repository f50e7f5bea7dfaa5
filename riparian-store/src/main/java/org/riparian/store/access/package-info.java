/**
 * Who may do what. API tokens are stored only as SHA-256 hashes; each carries a {@link org.riparian.store.access.Role}
 * and, for a provider, its country. {@link org.riparian.store.access.Rights} is the one place that decides whether a
 * principal may write an entity of a country and processing level; every write in the store asks it. A token that
 * authenticated is trusted for 5 s without another lookup: a revocation through the same store counts at once, one
 * made by another process on the same database within those 5 s.
 */
package org.riparian.store.access;
