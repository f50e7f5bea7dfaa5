package org.riparian.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ISO 8601 times as the standard writes them: with an offset always; an interval as {@code start/end}. */
public final class Times {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile(".*T.*[+-]\\d{4}");
    private static final long FIRST_FAST_MS = LocalDate.of(1, 1, 1).toEpochDay() * 86_400_000L;
    private static final long LAST_FAST_MS = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400_000L - 1;

    private Times() {
    }

    /** Epoch milliseconds of a time that states its offset ({@code Z}, {@code +05:00} or {@code +0500}); a time without one is ambiguous and refused. */
    public static long parse(String text, String field) {
        try {
            String colonOffset = OFFSET_WITHOUT_COLON.matcher(text).matches() ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text;
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

    /**
     * The instant in UTC as {@link Instant#toString()} writes it (seconds always, milliseconds when not zero), written
     * by hand for years 1 to 9999: a page of observations formats two times a row, and the general formatter was a
     * tenth of a read's CPU.
     */
    public static String format(long epochMs) {
        if (epochMs < FIRST_FAST_MS || epochMs > LAST_FAST_MS) {
            return Instant.ofEpochMilli(epochMs).toString();
        }
        long seconds = Math.floorDiv(epochMs, 1000);
        int millis = (int) Math.floorMod(epochMs, 1000);
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int second = (int) Math.floorMod(seconds, 86_400);
        char[] text = new char[millis == 0 ? 20 : 24];
        digits(text, 0, day.getYear(), 4);
        text[4] = '-';
        digits(text, 5, day.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, day.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, second / 3600, 2);
        text[13] = ':';
        digits(text, 14, second / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, second % 60, 2);
        if (millis != 0) {
            text[19] = '.';
            digits(text, 20, millis, 3);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }


    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    public static String formatInterval(long startMs, long endMs) {
        return startMs == endMs ? format(startMs) : format(startMs) + "/" + format(endMs);
    }

    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
