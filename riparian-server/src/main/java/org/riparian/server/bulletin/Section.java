package org.riparian.server.bulletin;

import java.util.List;
import java.util.Locale;

/** The part of a bulletin about one river basin (syr_darya): its title as water managers write it, and its tables. */
public record Section(String basin, List<Table> tables) {

    public Section {
        tables = List.copyOf(tables);
    }

    /** syr_darya reads Syr Darya. */
    public String title() {
        StringBuilder title = new StringBuilder();
        for (String word : basin.split("[_\\s]+")) {
            if (!word.isEmpty()) {
                title.append(title.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return title.toString();
    }
}
