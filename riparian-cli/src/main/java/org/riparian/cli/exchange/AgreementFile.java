package org.riparian.cli.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.riparian.analysis.exchange.ExchangeAgreement;
import org.riparian.model.file.Dimension;
import org.riparian.model.file.Quantity;

/**
 * Reads an agreement to evaluate ({@code riparian exchange --agreement FILE}), YAML or JSON:
 * <pre>
 * agreement:
 *   name: Kairakkum 2000
 *   parties: [UZB, TJK]
 *   storage_targets: [{reservoir: kairakkum, by: 05-31, at_least: 3418 hm3}]
 *   minimum_releases: [{gauge: syr_kairakkum_out, month: 6, flow: 500 m3/s}]
 *   energy_deliveries: [{from: UZB, to: TJK, months: [3, 4], energy: 200 GWh}]
 * </pre>
 * Every problem names the file and the field and says what was expected.
 */
final class AgreementFile {

    private final Path file;

    private AgreementFile(Path file) {
        this.file = file;
    }

    static ExchangeAgreement read(Path file) {
        return new AgreementFile(file).read();
    }

    private ExchangeAgreement read() {
        JsonNode root = parse().path("agreement");
        if (!root.isObject()) {
            throw problem("agreement", "missing; expected a mapping with name, parties and clauses");
        }
        List<ExchangeAgreement.StorageTarget> targets = new ArrayList<>();
        eachOf(root, "storage_targets", (node, path) -> targets.add(new ExchangeAgreement.StorageTarget(text(node, path, "reservoir"),
                monthDay(node, path + ".by"), quantity(node, path, "at_least", Dimension.VOLUME))));
        List<ExchangeAgreement.MinimumRelease> releases = new ArrayList<>();
        eachOf(root, "minimum_releases", (node, path) -> releases.add(new ExchangeAgreement.MinimumRelease(text(node, path, "gauge"),
                month(node.path("month"), path + ".month"), quantity(node, path, "flow", Dimension.FLOW))));
        List<ExchangeAgreement.EnergyDelivery> deliveries = new ArrayList<>();
        eachOf(root, "energy_deliveries", (node, path) -> deliveries.add(new ExchangeAgreement.EnergyDelivery(text(node, path, "from"),
                text(node, path, "to"), months(node.path("months"), path + ".months"), quantity(node, path, "energy", Dimension.ENERGY))));
        return new ExchangeAgreement(text(root, "agreement", "name"), strings(root.path("parties"), "agreement.parties"), targets,
                releases, deliveries);
    }

    private JsonNode parse() {
        try {
            ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            return mapper.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + ":" + line + ": not valid YAML or JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private interface Item {
        void read(JsonNode node, String path);
    }

    private void eachOf(JsonNode root, String field, Item item) {
        JsonNode list = root.path(field);
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            throw problem("agreement." + field, "expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            item.read(list.get(i), "agreement." + field + "[" + i + "]");
        }
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem(path + "." + field, "missing or not text");
        }
        return value.asText();
    }

    private double quantity(JsonNode node, String path, String field, Dimension dimension) {
        try {
            return Quantity.parse(text(node, path, field), dimension);
        } catch (IllegalArgumentException e) {
            throw problem(path + "." + field, e.getMessage());
        }
    }

    private MonthDay monthDay(JsonNode node, String path) {
        String text = node.path("by").asText();
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw problem(path, "'" + text + "' is not a day of the year; expected MM-DD such as 05-31");
        }
    }

    private int month(JsonNode node, String path) {
        if (!node.isInt() || node.asInt() < 1 || node.asInt() > 12) {
            throw problem(path, "'" + node.asText() + "' is not a month; expected 1 to 12");
        }
        return node.asInt();
    }

    private List<Integer> months(JsonNode node, String path) {
        if (!node.isArray() || node.isEmpty()) {
            throw problem(path, "expected a list of months 1 to 12");
        }
        List<Integer> months = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            months.add(month(node.get(i), path + "[" + i + "]"));
        }
        return months;
    }

    private List<String> strings(JsonNode node, String path) {
        if (!node.isArray() || node.isEmpty()) {
            throw problem(path, "expected a list of ISO alpha-3 country codes such as [UZB, TJK]");
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private IllegalArgumentException problem(String path, String message) {
        return new IllegalArgumentException(file + ": " + path + ": " + message);
    }
}
