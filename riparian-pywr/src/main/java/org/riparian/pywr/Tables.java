package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's data tables ({@code network.tables}): CSV files of scalars or arrays, looked up by row keys (the first
 * {@code cols} columns), by column keys (the first {@code rows} header rows) or both. A lookup names its keys with
 * {@code row} (a text or a list) and {@code column}; Pywr names a column-keyed array with either field.
 */
final class Tables {

    private final Map<String, Table> tables = new HashMap<>();

    /** One table: its header rows (at least one) and data rows as text, keyed by the first {@code keyColumns} cells. */
    private record Table(String name, boolean array, String lookup, int keyColumns, int keyRows, List<String[]> lines) {
        List<String[]> data() {
            return lines.subList(Math.max(1, keyRows), lines.size());
        }
    }

    void read(JsonNode json, Path modelFile) {
        String name = json.path("meta").path("name").asText();
        String format = json.path("format").asText("CSV");
        if (!format.equals("CSV")) {
            throw new UnsupportedPywrFeatureException("table format", "of table " + name, format);
        }
        String type = json.path("type").asText();
        if (!type.equals("Scalar") && !type.equals("Array")) {
            throw new UnsupportedPywrFeatureException("table", name, type);
        }
        JsonNode lookup = json.path("lookup");
        String lookupType = lookup.path("type").asText();
        if (!List.of("Row", "Col", "Both").contains(lookupType)) {
            throw new UnsupportedPywrFeatureException("table lookup", "of table " + name, lookupType);
        }
        Path file = modelFile.resolveSibling(json.path("url").asText());
        tables.put(name, new Table(name, type.equals("Array"), lookupType, lookup.path("cols").asInt(0),
                lookup.path("rows").asInt(0), lines(file, name)));
    }

    private static List<String[]> lines(Path file, String name) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(file.toFile())) {
            return lines.readAll().stream().filter(line -> !(line.length == 1 && line[0].isBlank())).toList();
        } catch (IOException | RuntimeException e) {
            throw new PywrModelException(file + ": cannot read table " + name + ": " + e.getMessage(), e);
        }
    }

    /** The keys of a lookup, as Pywr records them: row keys then the column key, joined by {@code ;}. */
    static String keyText(JsonNode json) {
        List<String> keys = new ArrayList<>(rowKeys(json));
        if (json.hasNonNull("column")) {
            keys.add(json.path("column").asText());
        }
        return String.join(";", keys);
    }

    private static List<String> rowKeys(JsonNode json) {
        JsonNode row = json.path("row");
        List<String> keys = new ArrayList<>();
        if (row.isArray()) {
            row.forEach(key -> keys.add(key.asText()));
        } else if (!row.isMissingNode() && !row.isNull()) {
            keys.add(row.asText());
        }
        return keys;
    }

    double scalar(JsonNode json) {
        Table table = table(json);
        if (table.array()) {
            throw new PywrModelException("table " + table.name() + " holds arrays, a scalar was expected");
        }
        double[] values = lookUp(table, json);
        return values[0];
    }

    double[] array(JsonNode json) {
        Table table = table(json);
        if (!table.array()) {
            throw new PywrModelException("table " + table.name() + " holds scalars, an array was expected");
        }
        return lookUp(table, json);
    }

    private Table table(JsonNode json) {
        Table table = tables.get(json.path("table").asText());
        if (table == null) {
            throw new PywrModelException("no table named " + json.path("table").asText());
        }
        return table;
    }

    private static double[] lookUp(Table table, JsonNode json) {
        List<String> rowKeys = rowKeys(json);
        String column = json.path("column").asText(null);
        return switch (table.lookup()) {
            case "Row" -> numbers(table, rowCells(table, rowKeys), table.keyColumns());
            case "Col" -> columnValues(table, column == null && rowKeys.size() == 1 ? rowKeys.get(0) : column);
            default -> new double[] {number(table, rowCells(table, rowKeys)[columnIndex(table, column)])};
        };
    }

    private static String[] rowCells(Table table, List<String> keys) {
        if (keys.size() != table.keyColumns()) {
            throw new PywrModelException("table " + table.name() + " is looked up by " + table.keyColumns()
                    + " row keys, got " + keys);
        }
        for (String[] line : table.data()) {
            if (line.length >= keys.size() && List.of(line).subList(0, keys.size()).equals(keys)) {
                return line;
            }
        }
        throw new PywrModelException("table " + table.name() + " has no row " + String.join(";", keys));
    }

    private static int columnIndex(Table table, String column) {
        String[] header = table.lines().get(0);
        for (int c = table.keyColumns(); c < header.length; c++) {
            if (header[c].equals(column)) {
                return c;
            }
        }
        throw new PywrModelException("table " + table.name() + " has no column " + column);
    }

    private static double[] columnValues(Table table, String column) {
        int c = columnIndex(table, column);
        List<String[]> data = table.data();
        double[] values = new double[data.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(table, data.get(r)[c]);
        }
        return values;
    }

    private static double[] numbers(Table table, String[] cells, int from) {
        double[] values = new double[cells.length - from];
        for (int c = from; c < cells.length; c++) {
            values[c - from] = number(table, cells[c]);
        }
        return values;
    }

    private static double number(Table table, String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            throw new PywrModelException("table " + table.name() + ": '" + cell + "' is not a number");
        }
    }
}
