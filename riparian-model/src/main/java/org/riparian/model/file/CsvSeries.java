package org.riparian.model.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.time.StepKind;

/**
 * A recorded series in a plain numeric CSV file: a header row naming the columns, then one row per step with the
 * step's first day (YYYY-MM-DD) and its value. Rows must follow each other step by step; blank lines and lines
 * starting with {@code #} are skipped. Quoted cells with commas inside are not supported: numeric data needs none.
 */
final class CsvSeries {

    private final String file;
    private final String dateColumn;
    private final String valueColumn;
    private final StepKind step;
    private final SeriesUnit unit;
    private final List<DatedVolumes.Period> periods = new ArrayList<>();
    /** The date the next row must carry, once a row has given one; a wrong row resets it so one gap is one problem. */
    private Optional<LocalDate> expectedStart = Optional.empty();

    /** One reading of one file: the reader keeps the rows read so far. */
    CsvSeries(String file, String dateColumn, String valueColumn, StepKind step, SeriesUnit unit) {
        this.file = file;
        this.dateColumn = dateColumn;
        this.valueColumn = valueColumn;
        this.step = step;
        this.unit = unit;
    }

    /** The series, or empty after reporting each bad row with this file's name and line. */
    Optional<DatedVolumes> read(InputStream in, Problems problems) throws IOException {
        int before = problems.count();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int[] columns = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columns == null) {
                columns = header(cells(line), lineNumber, problems);
            } else {
                row(cells(line), columns, lineNumber, problems);
            }
        }
        if (periods.isEmpty() && problems.count() == before) {
            problems.add(new BasinProblem(file, Math.max(1, lineNumber), "", "no data rows, expected a header and one row per "
                    + step.name().toLowerCase()));
        }
        return problems.count() > before ? Optional.empty() : Optional.of(new DatedVolumes(periods));
    }

    /** Indices of the date and value columns; {-1, -1} after reporting a missing one (the rows are then skipped). */
    private int[] header(List<String> names, int line, Problems problems) {
        int date = names.indexOf(dateColumn);
        int value = names.indexOf(valueColumn);
        for (String wanted : List.of(dateColumn, valueColumn)) {
            if (!names.contains(wanted)) {
                problems.add(new BasinProblem(file, line, "header", "no column '" + wanted + "', expected one of "
                        + String.join(", ", names)));
            }
        }
        return date < 0 || value < 0 ? new int[] {-1, -1} : new int[] {date, value};
    }

    private void row(List<String> cells, int[] columns, int line, Problems problems) {
        if (columns[0] < 0) {
            return;
        }
        if (cells.size() <= Math.max(columns[0], columns[1])) {
            problems.add(new BasinProblem(file, line, "row", "has " + cells.size() + " cells, expected at least "
                    + (Math.max(columns[0], columns[1]) + 1)));
            return;
        }
        Optional<LocalDate> start = cell(dateColumn, line, problems, () -> SeriesReader.parseDate(cells.get(columns[0])));
        Optional<Double> value = cell(valueColumn, line, problems, () -> Quantity.checked(
                Quantity.number(cells.get(columns[1]), "a number"), unit.dimension()));
        boolean follows = start.isPresent() && follows(start.get(), line, problems);
        start.ifPresent(date -> expectedStart = Optional.of(step.next(date)));
        if (follows && value.isPresent()) {
            LocalDate end = step.next(start.get());
            periods.add(new DatedVolumes.Period(start.get(), end,
                    unit.volumeHm3(value.get(), end.toEpochDay() - start.get().toEpochDay())));
        }
    }

    /** Rows must be consecutive steps: a gap or a repeated date would silently shift every later value. */
    private boolean follows(LocalDate start, int line, Problems problems) {
        Optional<LocalDate> expected = expectedStart;
        String kind = step.name().toLowerCase();
        if (expected.isPresent() && !expected.get().equals(start)) {
            problems.add(new BasinProblem(file, line, "column " + dateColumn, start + " does not follow the previous row, expected "
                    + expected.get() + " (one " + kind + " later)"));
            return false;
        }
        if (!step.startsOn(start)) {
            problems.add(new BasinProblem(file, line, "column " + dateColumn, start + " does not start a " + kind
                    + ", expected the first day of one"));
            return false;
        }
        return true;
    }

    private <T> Optional<T> cell(String column, int line, Problems problems, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (IllegalArgumentException e) {
            problems.add(new BasinProblem(file, line, "column " + column, e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::trim).map(CsvSeries::unquoted).toList();
    }

    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
