package org.riparian.store.audit;

import java.time.Instant;

/** One change: when, by whom, what was done to which entity, in words. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId, String detail) {
}
