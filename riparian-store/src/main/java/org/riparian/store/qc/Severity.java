package org.riparian.store.qc;

import java.util.Locale;

/** How doubtful a flagged value is: suspect (a soft limit, a pattern) or bad (a hard, physical limit). */
public enum Severity {
    SUSPECT, BAD;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
