package org.riparian.pywr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * The text of a basin file (docs/basin-format.md) written one flow mapping per node and link. Pywr models have no
 * countries, so every node is in country {@value BasinConversion#COUNTRY} and basin {@code pywr}; flows are hm³ per day.
 */
final class BasinYaml {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final double M3S_PER_HM3_PER_DAY = 1e6 / 86400;

    private BasinYaml() {
    }

    static String text(String modelFile, List<String> nodes, List<String> links) {
        StringBuilder out = new StringBuilder();
        out.append("# converted from the Pywr v2 model ").append(modelFile)
                .append(" by riparian pywr convert: Pywr flows read as hm3/day, volumes as hm3\n");
        out.append("basin:\n  name: ").append(quoted(modelFile.replaceFirst("\\.json$", ""))).append('\n');
        out.append("  description: ").append(quoted("Pywr model " + modelFile)).append('\n');
        out.append("nodes:\n");
        nodes.forEach(node -> out.append("  - ").append(node).append('\n'));
        out.append(links.isEmpty() ? "links: []\n" : "links:\n");
        links.forEach(link -> out.append("  - ").append(link).append('\n'));
        return out.toString();
    }

    static String inflow(String id, String name, List<LocalDate> days, double[] dailyHm3) {
        return node(id, name, "inflow") + ", series: " + series(days, dailyHm3) + "}";
    }

    static String demand(String id, String name, List<LocalDate> days, double[] dailyHm3, int priority) {
        return node(id, name, "demand") + ", use: municipal, priority: " + priority + ", demand: "
                + series(days, dailyHm3) + "}";
    }

    static String junction(String id, String name) {
        return node(id, name, "junction") + "}";
    }

    /** A gauge with a monthly minimum flow (hm³ per day in each calendar month), or none when null. */
    static String gauge(String id, String name, double[] monthlyMinimumHm3) {
        return node(id, name, "gauge") + (monthlyMinimumHm3 == null ? "" : ", minimum_flow: {monthly: {unit: m3/s,"
                + " values: " + numbers(monthlyMinimumHm3, M3S_PER_HM3_PER_DAY) + "}}") + "}";
    }

    static String terminal(String id, String name) {
        return node(id, name, "terminal") + "}";
    }

    static String canal(String id, String name, double capacityM3s) {
        return node(id, name, "canal") + ", capacity: " + quantity(capacityM3s, "m3/s") + "}";
    }

    /** A reservoir whose level–storage table is a plain prism: Pywr storages have no levels. */
    static String reservoir(String id, String name, double deadHm3, double fullHm3, double initialHm3) {
        return node(id, name, "reservoir") + ", dead_storage: " + quantity(deadHm3, "hm3") + ", full_storage: "
                + quantity(fullHm3, "hm3") + ", initial_storage: " + quantity(initialHm3, "hm3")
                + ", level_storage_area: {level_unit: m, storage_unit: hm3, area_unit: km2, rows: [[0, 0, 1], [1, "
                + number(fullHm3) + ", 1]]}}";
    }

    static String link(String from, String to) {
        return "{from: " + from + ", to: " + to + "}";
    }

    private static String node(String id, String name, String kind) {
        return "{id: " + id + ", kind: " + kind + ", country: " + BasinConversion.COUNTRY + ", basin: pywr, name: "
                + quoted(name);
    }

    /**
     * A monthly series (as mean flows) when every day of a calendar month has the same value in every year of the
     * run, which keeps large models within the basin reader's size limit; otherwise one value per day.
     */
    private static String series(List<LocalDate> days, double[] dailyHm3) {
        double[] monthly = monthly(days, dailyHm3);
        if (monthly != null) {
            return "{monthly: {unit: m3/s, values: " + numbers(monthly, M3S_PER_HM3_PER_DAY) + "}}";
        }
        return "{dated: {start: " + days.get(0) + ", step: day, unit: hm3, values: " + numbers(dailyHm3, 1) + "}}";
    }

    /** The value of each calendar month (0 for months outside the run), or null when a month's days differ. */
    static double[] monthly(List<LocalDate> days, double[] dailyHm3) {
        double[] months = new double[12];
        boolean[] seen = new boolean[12];
        for (int d = 0; d < dailyHm3.length; d++) {
            int m = days.get(d).getMonthValue() - 1;
            if (seen[m] && months[m] != dailyHm3[d]) {
                return null;
            }
            seen[m] = true;
            months[m] = dailyHm3[d];
        }
        return months;
    }

    private static String numbers(double[] values, double factor) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        for (double value : values) {
            text.add(number(value * factor));
        }
        return text.toString();
    }

    private static String quantity(double value, String unit) {
        return "\"" + number(value) + " " + unit + "\"";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A JSON string is a valid YAML double-quoted scalar, escapes included. */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }
}
