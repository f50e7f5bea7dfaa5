package org.riparian.store.observation;

/** The current revision of an observation as stored. */
record StoredObservation(long id, long startMs, long endMs, double result, Long resultTimeMs, String parameters, int revision,
        long receivedMs, String sender) {

    record Key(long startMs, long endMs) {
    }

    Key key() {
        return new Key(startMs, endMs);
    }
}
