package org.riparian.store.access;

import java.util.Locale;
import org.riparian.store.InvalidInputException;

/** What a token may do. */
public enum Role {
    /** Manages tokens; may write anything. Only the first token, printed once at first start, is one. */
    ADMIN,
    /** The regional commission: reads all, writes the agreed level and the shared vocabulary of observed properties. */
    COORDINATOR,
    /** A national agency: writes its own country's stations and their raw and validated data, nothing else. */
    PROVIDER,
    /** Reads all data, open or not; writes nothing. */
    READER,
    /**
     * Station telemetry arriving through the MQTT broker: writes raw observations of any country and nothing else.
     * Never a token: the broker's access list decides which station may publish on which datastream's topic.
     */
    TELEMETRY;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String word) {
        for (Role role : values()) {
            if (role.word().equals(word)) {
                return role;
            }
        }
        throw new InvalidInputException("role", "'" + word + "', expected admin, coordinator, provider or reader");
    }
}
