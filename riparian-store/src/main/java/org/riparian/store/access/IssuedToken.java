package org.riparian.store.access;

/** A token just issued: the secret is shown this once and never stored (only its hash is). */
public record IssuedToken(long id, String name, Role role, String country, String secret) {
}
