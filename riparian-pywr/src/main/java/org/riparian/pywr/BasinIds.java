package org.riparian.pywr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Basin-file ids for Pywr names: letters, digits, {@code _ - .} and a letter first, so other characters become
 * {@code _} and a name that does not start with a letter gains {@code n_}; clashes get a number. The Pywr name is
 * kept as the node's {@code name}.
 */
final class BasinIds {

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    void add(String pywrName) {
        byName.computeIfAbsent(pywrName, this::fresh);
    }

    /** An id for a node the conversion adds (a terminal for unused supply). */
    String extra(String base) {
        return fresh(base);
    }

    boolean known(String pywrName) {
        return byName.containsKey(pywrName);
    }

    String id(String pywrName) {
        String id = byName.get(pywrName);
        if (id == null) {
            throw new PywrModelException("no node named " + pywrName);
        }
        return id;
    }

    private String fresh(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || id.charAt(0) > 'z') {
            id = "n_" + id;
        }
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "_" + n;
        }
        return candidate;
    }
}
