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

    static String inflow(String id, String name, LocalDate start, double[] dailyHm3) {
        return node(id, name, "inflow") + ", series: " + dated(start, dailyHm3) + "}";
    }

    static String demand(String id, String name, LocalDate start, double[] dailyHm3, int priority) {
        return node(id, name, "demand") + ", use: municipal, priority: " + priority + ", demand: "
                + dated(start, dailyHm3) + "}";
    }

    static String junction(String id, String name) {
        return node(id, name, "junction") + "}";
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

    private static String dated(LocalDate start, double[] dailyHm3) {
        StringJoiner values = new StringJoiner(", ", "[", "]");
        for (double value : dailyHm3) {
            values.add(number(value));
        }
        return "{dated: {start: " + start + ", step: day, unit: hm3, values: " + values + "}}";
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
