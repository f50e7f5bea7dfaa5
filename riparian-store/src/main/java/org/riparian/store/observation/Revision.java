package org.riparian.store.observation;

import java.time.Instant;

/** One value an observation had: its revision number, the value, who delivered it and when. */
public record Revision(long observationId, Instant phenomenonStart, Instant phenomenonEnd, int revision, double result,
        String sender, Instant received) {
}
