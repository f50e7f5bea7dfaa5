package org.riparian.store.qc;

/** A flag on one observation: the rule that set it, how severe, and why in words. */
public record Flag(long observationId, long ruleId, String rule, Severity severity, String detail) {
}
