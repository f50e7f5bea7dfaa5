package org.riparian.store.aggregate;

import java.time.LocalDate;
import java.util.Locale;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.store.InvalidInputException;

/** The periods a series is aggregated to; each knows the start of the period holding a date, the next start, and a label. */
public enum Step {
    DAY, DECADE, MONTH, SEASON;

    public static Step of(String word) {
        for (Step step : values()) {
            if (step.name().toLowerCase(Locale.ROOT).equals(word)) {
                return step;
            }
        }
        throw new InvalidInputException("step", "'" + word + "', expected day, decade, month or season");
    }

    LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case DECADE -> DecadeCalendar.startOfDecade(date);
            case MONTH -> date.withDayOfMonth(1);
            case SEASON -> {
                int month = date.getMonthValue();
                if (month >= 4 && month <= 9) {
                    yield LocalDate.of(date.getYear(), 4, 1);
                }
                yield LocalDate.of(month >= 10 ? date.getYear() : date.getYear() - 1, 10, 1);
            }
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case DECADE -> DecadeCalendar.nextDecadeStart(start);
            case MONTH -> start.plusMonths(1);
            case SEASON -> start.plusMonths(6);
        };
    }

    /** 2026-04-01, 2026-04-2 (second decade of April), 2026-04, 2026-vegetation or 2026-2027-non-vegetation. */
    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case DECADE -> String.format("%d-%02d-%d", start.getYear(), start.getMonthValue(), DecadeCalendar.decadeOfMonth(start));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case SEASON -> start.getMonthValue() == 4 ? start.getYear() + "-vegetation" : start.getYear() + "-" + (start.getYear() + 1) + "-non-vegetation";
        };
    }
}
