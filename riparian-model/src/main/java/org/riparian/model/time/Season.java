package org.riparian.model.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning period: the vegetation season (1 Apr – 30 Sep), the non-vegetation season (1 Oct – 31 Mar of the next
 * year) or a hydrological year (1 Oct – 30 Sep).
 */
public record Season(String label, LocalDate start, LocalDate endExclusive) {

    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(vegetation|non-vegetation)");
    private static final Pattern HYDRO_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public Season {
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("season " + label + " ends before it starts");
        }
    }

    public static Season vegetation(int year) {
        return new Season(year + "-vegetation", LocalDate.of(year, 4, 1), LocalDate.of(year, 10, 1));
    }

    public static Season nonVegetation(int year) {
        return new Season(year + "-non-vegetation", LocalDate.of(year, 10, 1), LocalDate.of(year + 1, 4, 1));
    }

    public static Season hydrologicalYear(int startYear) {
        return new Season(startYear + "-" + (startYear + 1), LocalDate.of(startYear, 10, 1), LocalDate.of(startYear + 1, 10, 1));
    }

    /** Parses {@code 2026-vegetation}, {@code 2026-non-vegetation} or {@code 2026-2027}. */
    public static Season parse(String text) {
        Matcher season = SEASON.matcher(text.trim());
        if (season.matches()) {
            int year = Integer.parseInt(season.group(1));
            return season.group(2).equals("vegetation") ? vegetation(year) : nonVegetation(year);
        }
        Matcher hydroYear = HYDRO_YEAR.matcher(text.trim());
        if (hydroYear.matches() && Integer.parseInt(hydroYear.group(2)) == Integer.parseInt(hydroYear.group(1)) + 1) {
            return hydrologicalYear(Integer.parseInt(hydroYear.group(1)));
        }
        throw new IllegalArgumentException("season '" + text
                + "' is not one of YEAR-vegetation, YEAR-non-vegetation or YEAR-YEAR+1 (e.g. 2026-vegetation, 2026-2027)");
    }

    /** The coming vegetation season seen from {@code today}: this year's if it has not ended, else next year's. */
    public static Season comingVegetation(LocalDate today) {
        return today.getMonthValue() <= 9 ? vegetation(today.getYear()) : vegetation(today.getYear() + 1);
    }
}
