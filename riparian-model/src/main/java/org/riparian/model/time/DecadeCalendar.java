package org.riparian.model.time;

import java.time.LocalDate;

/** The ten-day calendar of Central Asian water management: days 1–10, 11–20 and 21 to the month's end (8 to 11 days). */
public final class DecadeCalendar {

    private DecadeCalendar() {
    }

    /** 1, 2 or 3. */
    public static int decadeOfMonth(LocalDate date) {
        return Math.min(3, (date.getDayOfMonth() - 1) / 10 + 1);
    }

    public static LocalDate startOfDecade(LocalDate date) {
        return date.withDayOfMonth((decadeOfMonth(date) - 1) * 10 + 1);
    }

    public static LocalDate nextDecadeStart(LocalDate decadeStart) {
        int decade = decadeOfMonth(decadeStart);
        return decade == 3 ? decadeStart.withDayOfMonth(1).plusMonths(1) : decadeStart.plusDays(10);
    }

    /** Parses {@code 2026-07-2} (year, month, decade 1–3) into the decade's first day. */
    public static LocalDate parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 3) {
            throw new IllegalArgumentException("decade '" + text + "' is not YEAR-MONTH-DECADE such as 2026-07-2");
        }
        try {
            int decade = Integer.parseInt(parts[2]);
            if (decade < 1 || decade > 3) {
                throw new IllegalArgumentException("decade '" + text + "': the decade number must be 1, 2 or 3");
            }
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), (decade - 1) * 10 + 1);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("decade '" + text + "' is not YEAR-MONTH-DECADE such as 2026-07-2", e);
        }
    }
}
