package org.riparian.store.entity;

import org.jdbi.v3.core.Handle;
import org.riparian.store.NotFoundException;

/** Existence checks shared by the writers. */
final class EntityReaderSupport {

    private EntityReaderSupport() {
    }

    static void requireExists(Handle handle, EntityType type, long id) {
        boolean exists = handle.createQuery("select count(*) from " + type.table() + " where id = :id").bind("id", id)
                .mapTo(Long.class).one() > 0;
        if (!exists) {
            throw new NotFoundException(type.singular(), id);
        }
    }
}
