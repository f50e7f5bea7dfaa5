package org.riparian.store.agreement;

import java.time.Instant;

/** One revision of a stored agreement: its JSON body, who sent it and when, and whether it retired the agreement. */
public record StoredAgreement(String id, int revision, String body, String sender, Instant received, boolean retired) {

    public StoredAgreement {
        if (revision < 1) {
            throw new IllegalArgumentException("agreement " + id + ": revision " + revision + ", expected 1 or more");
        }
    }
}
