package org.riparian.model.file;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.riparian.model.DidYouMean;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Ids;

/** Reads one entry of {@code agreements:}; which nodes it names is checked with the rest of the topology. */
final class AgreementReader {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "withdrawal-limit", List.of("id", "kind", "description", "country", "basin", "season_total", "per_step"),
            "minimum-flow", List.of("id", "kind", "description", "gauge", "flow", "parties"),
            "terminal-inflow", List.of("id", "kind", "description", "terminal", "flow", "parties"));
    private static final String KINDS = "withdrawal-limit, minimum-flow or terminal-inflow";
    private static final String COUNTRY = "an ISO 3166 alpha-3 code such as KAZ";

    private final SeriesReader series;

    AgreementReader(SeriesReader series) {
        this.series = series;
    }

    Optional<Agreement> read(Field at) {
        if (!at.isMapping()) {
            at.problem("is not a mapping, expected an agreement: a mapping with id: and kind:");
            return Optional.empty();
        }
        Field kindField = at.required("kind", KINDS);
        String kind = kindField.text(KINDS);
        if (!kind.isEmpty() && !FIELDS.containsKey(kind)) {
            kindField.problem("unknown kind '" + kind + "'" + DidYouMean.hint(kind, FIELDS.keySet()) + ", expected " + KINDS);
        }
        if (!FIELDS.containsKey(kind)) {
            return Optional.empty();
        }
        int before = at.problems().count();
        at.allowOnly(FIELDS.get(kind), "a " + kind + " agreement");
        Supplier<Agreement> constructor = constructor(at, kind, id(at));
        return at.problems().count() > before ? Optional.empty() : at.build(constructor);
    }

    private Supplier<Agreement> constructor(Field at, String kind, String id) {
        at.optional("description").ifPresent(description -> description.text("a description"));
        return switch (kind) {
            case "withdrawal-limit" -> withdrawalLimit(at, id);
            case "minimum-flow" -> minimumFlow(at, id);
            default -> terminalInflow(at, id);
        };
    }

    private static String id(Field at) {
        Field field = at.required("id", "an id of letters, digits, '_', '-' and '.'");
        String id = field.text("an id of letters, digits, '_', '-' and '.'");
        if (!id.isEmpty() && !Ids.isValid(id)) {
            field.problem("id '" + id + "' has characters not allowed, expected letters, digits, '_', '-' and '.', starting with a letter");
        }
        return id;
    }

    private Supplier<Agreement> withdrawalLimit(Field at, String id) {
        String country = NodeReader.country(at.required("country", COUNTRY));
        String basin = at.required("basin", "the name of the river basin").text("the name of the river basin");
        var total = at.optional("season_total").map(field -> field.quantity(Dimension.VOLUME));
        var perStep = at.optional("per_step").map(series::series);
        if (total.isEmpty() && perStep.isEmpty()) {
            at.problem("gives no limit, expected season_total:, per_step: or both");
        }
        return () -> new WithdrawalLimit(id, country, basin, perStep.map(Optional::orElseThrow), total);
    }

    private Supplier<Agreement> minimumFlow(Field at, String id) {
        String gauge = at.required("gauge", "the id of a gauge node").text("the id of a gauge node");
        var flow = series.monthlyProfile(at.required("flow", "a monthly: series of flows"));
        List<String> parties = parties(at);
        return () -> new MinimumFlow(id, gauge, flow.orElseThrow(), parties);
    }

    private Supplier<Agreement> terminalInflow(Field at, String id) {
        String terminal = at.required("terminal", "the id of a terminal node").text("the id of a terminal node");
        var flow = series.monthlyProfile(at.required("flow", "a monthly: series of flows"));
        List<String> parties = parties(at);
        return () -> new TerminalInflow(id, terminal, flow.orElseThrow(), parties);
    }

    private static List<String> parties(Field at) {
        return at.required("parties", "a list of countries").items("countries such as [UZB, KAZ]").stream()
                .map(NodeReader::country).toList();
    }
}
