package org.riparian.model.file;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Ids;
import org.riparian.model.network.MonthlyValues;

/** Reads one entry of {@code agreements:}; which nodes it names is checked with the rest of the topology. */
final class AgreementReader {

    private static final List<String> COMMON = List.of("id", "kind", "description", "period", "tolerance");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "withdrawal-limit", with("country", "basin", "season_total", "per_step", "measured_at"),
            "minimum-flow", with("gauge", "flow", "parties"),
            "terminal-inflow", with("terminal", "flow", "parties", "measured_at"),
            "storage-schedule", with("reservoir", "targets", "parties"),
            "release-schedule", with("reservoir", "flow", "bound", "parties"),
            "energy-delivery", with("from", "to", "basin", "energy", "parties", "measured_at"));
    private static final String KINDS = "withdrawal-limit, minimum-flow, terminal-inflow, storage-schedule, release-schedule or energy-delivery";
    private static final String MONTH_DAY = "a day of the year MM-DD such as 05-31";
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
        return at.kind(FIELDS.keySet(), KINDS).flatMap(kind -> read(at, kind));
    }

    private Optional<Agreement> read(Field at, String kind) {
        int before = at.problems().count();
        at.allowOnly(FIELDS.get(kind), "a " + kind + " agreement");
        Supplier<Agreement> constructor = constructor(at, kind, id(at), terms(at));
        return at.problems().count() > before ? Optional.empty() : at.build(constructor);
    }

    private static List<String> with(String... fields) {
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(List.of(fields));
        return List.copyOf(all);
    }

    private Supplier<Agreement> constructor(Field at, String kind, String id, Supplier<Terms> terms) {
        at.optional("description").ifPresent(description -> description.text("a description"));
        return switch (kind) {
            case "withdrawal-limit" -> withdrawalLimit(at, id, terms);
            case "minimum-flow" -> minimumFlow(at, id, terms);
            case "terminal-inflow" -> terminalInflow(at, id, terms);
            case "storage-schedule" -> storageSchedule(at, id, terms);
            case "energy-delivery" -> energyDelivery(at, id, terms);
            default -> releaseSchedule(at, id, terms);
        };
    }

    /** {@code period: {from: 04-01, to: 09-30}} and {@code tolerance: 0.05}; both optional. */
    private static Supplier<Terms> terms(Field at) {
        double tolerance = at.optional("tolerance").map(Field::fraction).orElse(0.0);
        Optional<Field> period = at.optional("period");
        period.ifPresent(p -> p.allowOnly(List.of("from", "to"), "a period: a mapping with from: and to:"));
        MonthDay from = period.map(p -> monthDay(p.required("from", MONTH_DAY))).orElse(Terms.STRICT.from());
        MonthDay to = period.map(p -> monthDay(p.required("to", MONTH_DAY))).orElse(Terms.STRICT.to());
        return () -> new Terms(from, to, tolerance);
    }

    private static MonthDay monthDay(Field field) {
        String text = field.text(MONTH_DAY);
        if (text.isEmpty()) {
            return MonthDay.of(1, 1);
        }
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            field.problem("'" + text + "' is not a day of the year, expected " + MONTH_DAY);
            return MonthDay.of(1, 1);
        }
    }

    private static String id(Field at) {
        Field field = at.required("id", "an id of letters, digits, '_', '-' and '.'");
        String id = field.text("an id of letters, digits, '_', '-' and '.'");
        if (!id.isEmpty() && !Ids.isValid(id)) {
            field.problem("id '" + id + "' has characters not allowed, expected letters, digits, '_', '-' and '.', starting with a letter");
        }
        return id;
    }

    private Supplier<Agreement> withdrawalLimit(Field at, String id, Supplier<Terms> terms) {
        String country = NodeReader.country(at.required("country", COUNTRY));
        String basin = at.required("basin", "the name of the river basin").text("the name of the river basin");
        var total = at.optional("season_total").map(field -> field.quantity(Dimension.VOLUME));
        var perStep = at.optional("per_step").map(series::series);
        if (total.isEmpty() && perStep.isEmpty()) {
            at.problem("gives no limit, expected season_total:, per_step: or both");
        }
        List<String> measuredAt = at.optional("measured_at").map(field -> field.items("canal node ids").stream()
                .map(item -> item.text("the id of a canal node")).toList()).orElse(List.of());
        return () -> new WithdrawalLimit(id, country, basin, perStep.map(Optional::orElseThrow), total, measuredAt, terms.get());
    }

    private Supplier<Agreement> minimumFlow(Field at, String id, Supplier<Terms> terms) {
        String gauge = at.required("gauge", "the id of a gauge node").text("the id of a gauge node");
        var flow = series.monthlyProfile(at.required("flow", "a monthly: series of flows"));
        List<String> parties = parties(at);
        return () -> new MinimumFlow(id, gauge, flow.orElseThrow(), parties, terms.get());
    }

    private Supplier<Agreement> terminalInflow(Field at, String id, Supplier<Terms> terms) {
        String terminal = at.required("terminal", "the id of a terminal node").text("the id of a terminal node");
        var flow = series.monthlyProfile(at.required("flow", "a monthly: series of flows"));
        List<String> parties = parties(at);
        Optional<String> measuredAt = at.optional("measured_at").map(field -> field.text("the id of a gauge node"));
        return () -> new TerminalInflow(id, terminal, flow.orElseThrow(), parties, measuredAt, terms.get());
    }

    private Supplier<Agreement> storageSchedule(Field at, String id, Supplier<Terms> terms) {
        String reservoir = at.required("reservoir", "the id of a reservoir node").text("the id of a reservoir node");
        List<StorageSchedule.Target> targets = new ArrayList<>();
        for (Field target : at.required("targets", "a list of {by: MM-DD, at_least: VOLUME}").items("{by: MM-DD, at_least: VOLUME}")) {
            target.allowOnly(List.of("by", "at_least"), "a storage target: a mapping with by: and at_least:");
            MonthDay by = monthDay(target.required("by", MONTH_DAY));
            double atLeast = target.required("at_least", "a volume such as \"3418 hm3\"").quantity(Dimension.VOLUME);
            targets.add(new StorageSchedule.Target(by, atLeast));
        }
        List<String> parties = parties(at);
        return () -> new StorageSchedule(id, reservoir, targets, parties, terms.get());
    }

    private Supplier<Agreement> releaseSchedule(Field at, String id, Supplier<Terms> terms) {
        String reservoir = at.required("reservoir", "the id of a reservoir node").text("the id of a reservoir node");
        var flow = series.monthlyProfile(at.required("flow", "a monthly: series of flows"));
        ReleaseSchedule.Bound bound = at.optional("bound").map(AgreementReader::bound).orElse(ReleaseSchedule.Bound.AT_LEAST);
        List<String> parties = parties(at);
        return () -> new ReleaseSchedule(id, reservoir, flow.orElseThrow(), bound, parties, terms.get());
    }

    /** {@code energy: {unit: GWh, values: [12 numbers]}}; the parties default to the two countries. */
    private static Supplier<Agreement> energyDelivery(Field at, String id, Supplier<Terms> terms) {
        String from = NodeReader.country(at.required("from", COUNTRY));
        String to = NodeReader.country(at.required("to", COUNTRY));
        String basin = at.required("basin", "the name of the river basin whose water the energy pays for").text("the name of a river basin");
        MonthlyValues energy = new MonthlyValues(Tables.monthly(at.required("energy", "{unit: GWh, values: [12 numbers]}"), Dimension.ENERGY));
        List<String> parties = at.optional("parties").map(field -> field.items("countries such as [KGZ, KAZ]").stream()
                .map(NodeReader::country).toList()).orElse(List.of(from, to));
        String meter = at.optional("measured_at").map(field -> field.text("the name of a meter station"))
                .orElseGet(() -> EnergyDelivery.defaultMeter(from, to));
        return () -> new EnergyDelivery(id, from, to, basin, energy, parties, meter, terms.get());
    }

    private static ReleaseSchedule.Bound bound(Field field) {
        String text = field.text("at-least or at-most");
        return switch (text) {
            case "at-least", "" -> ReleaseSchedule.Bound.AT_LEAST;
            case "at-most" -> ReleaseSchedule.Bound.AT_MOST;
            default -> {
                field.problem("'" + text + "', expected at-least or at-most");
                yield ReleaseSchedule.Bound.AT_LEAST;
            }
        };
    }

    private static List<String> parties(Field at) {
        return at.required("parties", "a list of countries").items("countries such as [UZB, KAZ]").stream()
                .map(NodeReader::country).toList();
    }
}
