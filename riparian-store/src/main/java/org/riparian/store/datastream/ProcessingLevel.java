package org.riparian.store.datastream;

import java.util.Locale;
import org.riparian.store.InvalidInputException;

/** How far a series has been checked: raw as delivered, validated by its agency, agreed by the regional commission. */
public enum ProcessingLevel {
    RAW, VALIDATED, AGREED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProcessingLevel of(String word, String field) {
        for (ProcessingLevel level : values()) {
            if (level.word().equals(word)) {
                return level;
            }
        }
        throw new InvalidInputException(field, "'" + word + "', expected raw, validated or agreed");
    }
}
