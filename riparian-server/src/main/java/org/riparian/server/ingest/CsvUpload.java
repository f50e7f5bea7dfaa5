package org.riparian.server.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Times;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.unit.Unit;

/**
 * A CSV file of one datastream's observations: a header row, then one observation per line. The mapping names the
 * column of the phenomenon time, optionally the column of the interval's end, and the column of the value, whose unit
 * is stated. Every line must be good: the first bad one is reported by its line number and nothing is stored.
 */
public final class CsvUpload {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();

    /** Which columns hold what, and the unit of the values. */
    public record Mapping(String timeColumn, String endColumn, String valueColumn, Unit unit) {
    }

    private CsvUpload() {
    }

    public static List<ObservationInput> read(String text, Mapping mapping, Datastream datastream) {
        List<ObservationInput> inputs = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false)).readValues(text)) {
            List<String> header = header(rows);
            requireColumn(header, mapping.timeColumn(), "time");
            requireColumn(header, mapping.valueColumn(), "value");
            if (mapping.endColumn() != null) {
                requireColumn(header, mapping.endColumn(), "end");
            }
            int line = 1;
            while (rows.hasNextValue()) {
                line++;
                inputs.add(row(rows.nextValue(), mapping, datastream, "line " + line));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("csv", "is not readable CSV" + location(e) + ": " + firstLine(e.getMessage()));
        }
        if (inputs.isEmpty()) {
            throw new InvalidInputException("csv", "has no rows under its header");
        }
        return inputs;
    }

    private static List<String> header(MappingIterator<Map<String, String>> rows) throws IOException {
        rows.hasNextValue();
        CsvSchema schema = (CsvSchema) rows.getParserSchema();
        List<String> names = new ArrayList<>();
        schema.forEach(column -> names.add(column.getName()));
        return names;
    }

    private static void requireColumn(List<String> header, String column, String parameter) {
        if (column == null || !header.contains(column)) {
            throw new InvalidInputException(parameter, "the CSV header has no column '" + column + "'; its columns are " + String.join(", ", header));
        }
    }

    private static ObservationInput row(Map<String, String> row, Mapping mapping, Datastream datastream, String line) {
        String time = cell(row, mapping.timeColumn(), line);
        long start = Times.parse(time, line + ", column '" + mapping.timeColumn() + "'");
        long end = mapping.endColumn() == null ? start : Times.parse(cell(row, mapping.endColumn(), line), line + ", column '" + mapping.endColumn() + "'");
        String text = cell(row, mapping.valueColumn(), line);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(line + ", column '" + mapping.valueColumn() + "'", "'" + Times.abbreviate(text) + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(line + ", column '" + mapping.valueColumn() + "'", "'" + text + "' is not a finite number");
        }
        if (end < start) {
            throw new InvalidInputException(line, "the interval ends before it starts");
        }
        double converted = mapping.unit().convert(value, datastream.unit(), "unit");
        return new ObservationInput(datastream.id(), start, end, converted, null, null, null, line);
    }

    private static String cell(Map<String, String> row, String column, String line) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(line + ", column '" + column + "'", "is empty, expected a value (leave a missing observation out of the file)");
        }
        return value.trim();
    }

    private static String location(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null) {
            return " at line " + p.getLocation().getLineNr();
        }
        return "";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
