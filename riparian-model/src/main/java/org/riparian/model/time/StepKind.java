package org.riparian.model.time;

import java.time.LocalDate;

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

    /** True when a step of this kind can start on {@code date} (a month on the 1st, a decade on the 1st, 11th or 21st). */
    public boolean startsOn(LocalDate date) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case DECADE -> DecadeCalendar.startOfDecade(date).equals(date);
        };
    }

    /** The start of the step after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case DECADE -> DecadeCalendar.nextDecadeStart(start);
        };
    }
}
