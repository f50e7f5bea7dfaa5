package org.riparian.store.access;

import java.util.Optional;

/** The caller of a store operation: a named token's role and, for a provider, its country; or nobody. */
public record Principal(String name, Optional<Role> role, Optional<String> country) {

    public static final Principal ANONYMOUS = new Principal("anonymous", Optional.empty(), Optional.empty());

    public static Principal of(String name, Role role, String country) {
        return new Principal(name, Optional.of(role), Optional.ofNullable(country));
    }

    /** For the store's own work (seeding the shipped basin, migrations of data): acts as an admin. */
    public static Principal system(String name) {
        return of(name, Role.ADMIN, null);
    }

    public boolean is(Role wanted) {
        return role.filter(wanted::equals).isPresent();
    }

    public boolean readsAll() {
        return role.isPresent();
    }
}
