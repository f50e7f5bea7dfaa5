package org.riparian.store.observation;

/** What a delivered observation did: its id, and whether it was new, a new revision, or the same as stored. */
public record Delivery(long observationId, Outcome outcome) {

    /** The three things a delivery can do. */
    public enum Outcome { CREATED, REVISED, UNCHANGED }
}
