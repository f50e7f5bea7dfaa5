package org.riparian.model.time;

/** The length of a simulation step. A decade is a third of a month: days 1–10, 11–20, 21–end. */
public enum StepKind {
    DAY, DECADE, MONTH;

    public static StepKind parse(String text) {
        for (StepKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown step '" + text + "', expected day, decade or month");
    }
}
