package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.riparian.store.NotFoundException;
import org.riparian.store.access.Principal;
import org.riparian.store.audit.AuditLog;
import org.riparian.store.observation.Observations;
import org.riparian.store.query.Query;

/** The SensorThings entities: read, create (with deep insert), update and delete, each write in one transaction. */
public final class Entities {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Observations observations;

    public Entities(Jdbi jdbi, AuditLog audit, Observations observations) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.observations = observations;
    }

    public ObjectNode get(Principal who, EntityType type, long id) {
        return jdbi.withHandle(handle -> EntityReader.one(handle, who, type, id))
                .orElseThrow(() -> new NotFoundException(type.singular(), id));
    }

    /** A page, through a navigation if {@code related}; an empty page of an entity that does not exist is a 404. */
    public Page list(Principal who, EntityType type, Optional<Related> related, Query query) {
        return jdbi.withHandle(handle -> {
            Page page = EntityReader.page(handle, who, type, related, query);
            if (page.entities().isEmpty()) {
                related.ifPresent(r -> EntityReaderSupport.requireExists(handle, r.sourceType(), r.sourceId()));
            }
            return page;
        });
    }

    /** Creates the entity (and those given inline) and returns its id; on any refusal nothing is written. */
    public long create(Principal who, EntityType type, JsonNode body) {
        return jdbi.inTransaction(handle -> new EntityWriter(handle, who, audit, observations).create(type, body, type.singular(), Map.of()));
    }

    /** Creates an entity related to an existing one through a navigation, such as {@code Datastreams(7)/Observations}. */
    public long createRelated(Principal who, Related related, JsonNode body) {
        if (!(related.navigation().join() instanceof Navigation.Join.Owning owning)) {
            throw new org.riparian.store.InvalidInputException("path", "entities can be created under a navigation to many entities held by "
                    + related.sourceType().singular() + ", such as Datastreams(1)/Observations");
        }
        return jdbi.inTransaction(handle -> {
            EntityReaderSupport.requireExists(handle, related.sourceType(), related.sourceId());
            return new EntityWriter(handle, who, audit, observations).create(related.navigation().target(), body,
                    related.navigation().target().singular(), Map.of(owning.column(), related.sourceId()));
        });
    }

    public void update(Principal who, EntityType type, long id, JsonNode patch) {
        jdbi.useTransaction(handle -> new EntityEditor(handle, who, audit, observations).update(type, id, patch));
    }

    public void delete(Principal who, EntityType type, long id) {
        jdbi.useTransaction(handle -> new EntityEditor(handle, who, audit, observations).delete(type, id));
    }
}
