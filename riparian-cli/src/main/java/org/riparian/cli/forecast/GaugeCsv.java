package org.riparian.cli.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riparian.analysis.forecast.MonthlyFlows;

/**
 * Monthly flows of one gauge from a CSV file with a header: {@code year}, {@code month}, the flow in m³/s as
 * {@code flow_m3s} or {@code q_m3s}, and the gauge in any of {@code gauge}, {@code grdc_no}, {@code station_code} or
 * {@code station} (so GRDC and Hydromet exports read as they are). Values hold no commas.
 */
public final class GaugeCsv {

    private static final List<String> GAUGE_COLUMNS = List.of("gauge", "grdc_no", "station_code", "station");
    private static final List<String> FLOW_COLUMNS = List.of("flow_m3s", "q_m3s");

    private GaugeCsv() {
    }

    public static MonthlyFlows read(Path file, String gauge) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ":1: the file is empty, expected a header with year, month and flow_m3s");
        }
        List<String> header = List.of(lines.get(0).trim().toLowerCase().split(",", -1));
        int year = column(file, header, List.of("year"));
        int month = column(file, header, List.of("month"));
        int flow = column(file, header, FLOW_COLUMNS);
        List<Integer> ids = GAUGE_COLUMNS.stream().filter(header::contains).map(header::indexOf).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(file + ":1: no gauge column, expected one of " + String.join(", ", GAUGE_COLUMNS));
        }
        Map<YearMonth, Double> flows = new HashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            if (lines.get(n).isBlank() || ids.stream().noneMatch(c -> c < cells.length && cells[c].trim().equalsIgnoreCase(gauge))) {
                continue;
            }
            flows.put(yearMonth(file, n + 1, cells, year, month), number(file, n + 1, cells, flow, header.get(flow)));
        }
        if (flows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows for gauge '" + gauge + "' in columns "
                    + String.join(", ", ids.stream().map(header::get).toList()));
        }
        return new MonthlyFlows(gauge, flows);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int column(Path file, List<String> header, List<String> names) {
        return names.stream().filter(header::contains).map(header::indexOf).findFirst().orElseThrow(() ->
                new IllegalArgumentException(file + ":1: no column " + String.join(" or ", names) + " in the header"));
    }

    private static YearMonth yearMonth(Path file, int line, String[] cells, int year, int month) {
        try {
            return YearMonth.of((int) number(file, line, cells, year, "year"), (int) number(file, line, cells, month, "month"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
        }
    }

    private static double number(Path file, int line, String[] cells, int column, String name) {
        String text = column < cells.length ? cells[column].trim() : "";
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + name + " is '" + text + "', expected a number >= 0", e);
        }
    }
}
