package org.riparian.model.agreement;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When an agreement binds and how much slack it allows: a period of the year (inclusive, may wrap over the new year,
 * such as 10-01 to 03-31) and a tolerance as a fraction of the agreed value within which a miss is not a breach.
 */
public record Terms(MonthDay from, MonthDay to, double toleranceFraction) {

    /** The whole year, no tolerance: what an agreement without {@code period:} or {@code tolerance:} means. */
    public static final Terms STRICT = new Terms(MonthDay.of(1, 1), MonthDay.of(12, 31), 0);

    public Terms {
        if (!(toleranceFraction >= 0 && toleranceFraction <= 1)) {
            throw new IllegalArgumentException("tolerance is " + toleranceFraction + ", expected a fraction from 0 to 1");
        }
    }

    /** Whether the agreement binds on {@code date}. */
    public boolean binds(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!from.isAfter(to)) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
        return !day.isBefore(from) || !day.isAfter(to);
    }
}
