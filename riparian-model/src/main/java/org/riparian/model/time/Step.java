package org.riparian.model.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One step of a run: {@code [start, endExclusive)}. Rate–volume conversions use its real length in days. */
public record Step(int index, StepKind kind, LocalDate start, LocalDate endExclusive) {

    public Step {
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("step end " + endExclusive + " is not after its start " + start);
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, endExclusive);
    }

    public double seconds() {
        return days() * 86_400.0;
    }

    /** The last day inside the step, as tables show it. */
    public LocalDate end() {
        return endExclusive.minusDays(1);
    }

    /** Readable label: {@code 2026-07-2} for the second decade of July, {@code 2026-07} for a month, the date for a day. */
    public String label() {
        return switch (kind) {
            case DAY -> start.toString();
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case DECADE -> String.format("%d-%02d-%d", start.getYear(), start.getMonthValue(), DecadeCalendar.decadeOfMonth(start));
        };
    }
}
