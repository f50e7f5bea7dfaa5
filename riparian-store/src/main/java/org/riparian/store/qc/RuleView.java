package org.riparian.store.qc;

/** A configured rule as stored: its id, datastream, kind and parameters (JSON), and who set it up. */
public record RuleView(long id, long datastreamId, String kind, String parameters, String createdBy) {
}
