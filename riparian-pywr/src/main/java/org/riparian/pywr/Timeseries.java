package org.riparian.pywr;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A time series read from a CSV file: a date column and one value column per series, looked up by date. */
final class Timeseries {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private final String name;
    private final List<String> columns;
    private int timeColumn;
    private final Map<LocalDate, double[]> rows = new HashMap<>();

    private Timeseries(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    static Timeseries read(String name, Path file, String timeColumn) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(file.toFile())) {
            List<String> header = List.of(lines.next());
            int time = header.indexOf(timeColumn);
            if (time < 0) {
                throw new PywrModelException(file + ": timeseries " + name + " has no time column " + timeColumn);
            }
            Timeseries series = new Timeseries(name, header);
            series.timeColumn = time;
            while (lines.hasNext()) {
                String[] line = lines.next();
                double[] values = new double[header.size()];
                for (int c = 0; c < line.length; c++) {
                    values[c] = c == time ? Double.NaN : Double.parseDouble(line[c].trim());
                }
                series.rows.put(parseDate(file, line[time].trim()), values);
            }
            return series;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PywrModelException pywr) {
                throw pywr;
            }
            throw new PywrModelException(file + ": cannot read timeseries " + name + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate parseDate(Path file, String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new PywrModelException(file + ": date '" + text + "' is neither yyyy-mm-dd nor dd/mm/yyyy");
    }

    /** The value column of the simulation's member of a scenario group: the group's n-th member, the n-th column. */
    Value scenarioColumn(String group) {
        return evaluator -> {
            int member = evaluator.member(group);
            int column = member < timeColumn ? member : member + 1;
            if (column >= columns.size()) {
                throw new PywrModelException("timeseries " + name + " has " + (columns.size() - 1)
                        + " value columns, none for member " + member + " of scenario group " + group);
            }
            return valueOn(evaluator)[column];
        };
    }

    private double[] valueOn(Evaluator evaluator) {
        double[] row = rows.get(evaluator.date());
        if (row == null) {
            throw new PywrModelException("timeseries " + name + " has no value on " + evaluator.date());
        }
        return row;
    }

    /** The column's values by date; null picks the only value column. */
    Value column(String column) {
        int index;
        if (column == null) {
            if (columns.size() != 2) {
                throw new PywrModelException("timeseries " + name + " has " + (columns.size() - 1)
                        + " value columns; name one with \"columns\"");
            }
            index = rows.values().stream().findFirst().map(v -> Double.isNaN(v[0]) ? 1 : 0).orElse(1);
        } else {
            index = columns.indexOf(column);
            if (index < 0) {
                throw new PywrModelException("timeseries " + name + " has no column " + column);
            }
        }
        int at = index;
        return evaluator -> valueOn(evaluator)[at];
    }
}
