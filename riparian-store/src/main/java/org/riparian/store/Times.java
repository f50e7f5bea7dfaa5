package org.riparian.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO 8601 times as the standard writes them: with an offset always; an interval as {@code start/end}. */
public final class Times {

    private Times() {
    }

    /** Epoch milliseconds of a time that states its offset ({@code Z}, {@code +05:00} or {@code +0500}); a time without one is ambiguous and refused. */
    public static long parse(String text, String field) {
        try {
            String colonOffset = text.matches(".*T.*[+-]\\d{4}") ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text;
            return OffsetDateTime.parse(colonOffset).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + abbreviate(text) + "' is not an ISO 8601 time with an offset, expected such as 2026-04-01T06:00:00Z or 2026-04-01T11:00:00+05:00");
        }
    }

    /** Start and end in epoch milliseconds; an instant has both equal. */
    public static long[] parseInterval(String text, String field) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            long at = parse(text, field);
            return new long[] {at, at};
        }
        long start = parse(text.substring(0, slash), field);
        long end = parse(text.substring(slash + 1), field);
        if (end < start) {
            throw new InvalidInputException(field, "interval " + abbreviate(text) + " ends before it starts");
        }
        return new long[] {start, end};
    }

    public static String format(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    public static String formatInterval(long startMs, long endMs) {
        return startMs == endMs ? format(startMs) : format(startMs) + "/" + format(endMs);
    }

    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
