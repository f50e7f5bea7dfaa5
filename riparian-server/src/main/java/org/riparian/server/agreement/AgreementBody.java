package org.riparian.server.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Place;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Series;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.store.InvalidInputException;

/**
 * Reads an agreement from the JSON {@link AgreementJson} writes, refusing anything malformed with the field named and
 * what was expected. Which nodes, countries and basins it names is checked against the network by the caller.
 */
final class AgreementBody {

    static final String TYPES = "withdrawal-limit, minimum-flow, terminal-inflow, storage-schedule, release-schedule or energy-delivery";
    private static final List<String> COMMON = List.of("type", "id", "parties", "period", "tolerance", "basin", "source");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "withdrawal-limit", List.of("country", "measuredAt", "limitHm3ByMonth", "limitHm3ByDecade", "limitHm3ByPeriod", "seasonTotalHm3"),
            "minimum-flow", List.of("gauge", "flowM3sByMonth"),
            "terminal-inflow", List.of("terminal", "measuredAt", "flowM3sByMonth"),
            "storage-schedule", List.of("reservoir", "targets"),
            "release-schedule", List.of("reservoir", "bound", "flowM3sByMonth"),
            "energy-delivery", List.of("fromCountry", "toCountry", "measuredAt", "energyGwhByMonth"));
    private static final String MONTH_DAY = "a day of the year MM-DD such as 05-31";
    private static final String COUNTRY = "an ISO 3166 alpha-3 code such as KAZ";

    private AgreementBody() {
    }

    /** The agreement {@code id} as the body gives it; an {@code id} in the body must be the same. */
    static Agreement read(String id, JsonNode body) {
        JsonFields at = JsonFields.body(body);
        String type = at.text("type", TYPES);
        if (!FIELDS.containsKey(type)) {
            throw at.refused("type", "'" + type + "' is not a type of agreement, expected " + TYPES);
        }
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(FIELDS.get(type));
        at.allowOnly(allowed, "a " + type + " agreement");
        at.optionalText("id", "the agreement's id").filter(given -> !given.equals(id)).ifPresent(given -> {
            throw at.refused("id", "'" + given + "' differs from the id '" + id + "' in the path, expected the same or none");
        });
        Terms terms = terms(at);
        try {
            return switch (type) {
                case "withdrawal-limit" -> withdrawalLimit(at, id, terms);
                case "minimum-flow" -> new MinimumFlow(id, at.text("gauge", "the id of a gauge node"), flows(at), parties(at), terms);
                case "terminal-inflow" -> new TerminalInflow(id, at.text("terminal", "the id of a terminal node"), flows(at), parties(at),
                        at.optionalText("measuredAt", "the id of a gauge node"), terms);
                case "storage-schedule" -> new StorageSchedule(id, at.text("reservoir", "the id of a reservoir node"), targets(at), parties(at),
                        terms);
                case "release-schedule" -> new ReleaseSchedule(id, at.text("reservoir", "the id of a reservoir node"), flows(at), bound(at),
                        parties(at), terms);
                default -> energyDelivery(at, id, terms);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }

    private static Terms terms(JsonFields at) {
        double tolerance = at.optionalAmount("tolerance", "a fraction from 0 to 1 such as 0.05").orElse(0.0);
        if (tolerance > 1) {
            throw at.refused("tolerance", "is " + tolerance + ", expected a fraction from 0 to 1 such as 0.05");
        }
        if (!at.has("period")) {
            return new Terms(Terms.STRICT.from(), Terms.STRICT.to(), tolerance);
        }
        JsonFields period = at.object("period", "{\"from\": \"MM-DD\", \"to\": \"MM-DD\"}");
        period.allowOnly(List.of("from", "to"), "a period");
        return new Terms(monthDay(period, "from"), monthDay(period, "to"), tolerance);
    }

    private static MonthDay monthDay(JsonFields at, String field) {
        String text = at.text(field, MONTH_DAY);
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw at.refused(field, "'" + text + "' is not a day of the year, expected " + MONTH_DAY);
        }
    }

    private static List<String> parties(JsonFields at) {
        List<String> parties = countries(at, "parties");
        if (parties.isEmpty()) {
            throw at.refused("parties", "is missing, expected the countries bound by the agreement, such as [\"UZB\", \"KAZ\"]");
        }
        return parties;
    }

    private static List<String> countries(JsonFields at, String field) {
        List<String> countries = at.texts(field, "countries such as \"KAZ\"");
        for (int i = 0; i < countries.size(); i++) {
            if (!Place.isCountryCode(countries.get(i))) {
                throw new InvalidInputException(at.name(field) + "[" + i + "]", "'" + countries.get(i) + "' is not " + COUNTRY);
            }
        }
        return countries;
    }

    private static String country(JsonFields at, String field) {
        String code = at.text(field, COUNTRY);
        if (!Place.isCountryCode(code)) {
            throw at.refused(field, "'" + code + "' is not " + COUNTRY);
        }
        return code;
    }

    private static Agreement withdrawalLimit(JsonFields at, String id, Terms terms) {
        String country = country(at, "country");
        List<String> parties = countries(at, "parties");
        if (!parties.isEmpty() && !parties.equals(List.of(country))) {
            throw at.refused("parties", "is " + parties + ", expected [\"" + country + "\"]: a withdrawal limit binds its country alone");
        }
        List<String> forms = List.of("limitHm3ByMonth", "limitHm3ByDecade", "limitHm3ByPeriod").stream().filter(at::has).toList();
        if (forms.size() > 1) {
            throw at.refused(forms.get(1), "is given beside " + forms.get(0) + ", expected one per-step limit");
        }
        Optional<Series> perStep = forms.isEmpty() ? Optional.empty() : Optional.of(switch (forms.get(0)) {
            case "limitHm3ByMonth" -> monthlyVolumes(at.object("limitHm3ByMonth", "hm3 per month, jan to dec"));
            case "limitHm3ByDecade" -> decades(at);
            default -> periods(at);
        });
        Optional<Double> total = at.optionalAmount("seasonTotalHm3", "a volume >= 0, hm3");
        if (perStep.isEmpty() && total.isEmpty()) {
            throw at.refused("limitHm3ByMonth", "is missing, expected a per-step limit (limitHm3ByMonth, limitHm3ByDecade or"
                    + " limitHm3ByPeriod), a seasonTotalHm3, or both");
        }
        String basin = at.text("basin", "the river basin the limit holds in, such as syr_darya");
        return new WithdrawalLimit(id, country, basin, perStep, total, at.texts("measuredAt", "canal node ids"), terms);
    }

    private static double[] byMonth(JsonFields months, String expected) {
        months.allowOnly(AgreementJson.MONTHS, "a by-month object");
        double[] values = new double[12];
        for (int m = 0; m < 12; m++) {
            values[m] = months.amount(AgreementJson.MONTHS.get(m), expected);
        }
        return values;
    }

    private static MonthlyProfile flows(JsonFields at) {
        return new MonthlyProfile(byMonth(at.object("flowM3sByMonth", "a flow per month, jan to dec, m3/s"), "a flow >= 0, m3/s"));
    }

    /** A volume per month becomes the mean flow over a non-leap year's month, as a basin file's {@code monthly:} does. */
    private static MonthlyProfile monthlyVolumes(JsonFields months) {
        double[] volumes = byMonth(months, "a volume >= 0, hm3");
        double[] flows = new double[12];
        for (int m = 0; m < 12; m++) {
            flows[m] = Volumes.m3sFromHm3(volumes[m], Month.of(m + 1).length(false));
        }
        return new MonthlyProfile(flows);
    }

    private static DatedVolumes decades(JsonFields at) {
        List<DatedVolumes.Period> periods = new ArrayList<>();
        for (JsonFields item : at.objects("limitHm3ByDecade", "{\"decade\": \"2026-04-1\", \"hm3\": 120}")) {
            item.allowOnly(List.of("decade", "hm3"), "a decade's limit");
            String text = item.text("decade", "a decade such as 2026-04-1");
            LocalDate start;
            try {
                start = DecadeCalendar.parse(text);
            } catch (IllegalArgumentException e) {
                throw item.refused("decade", e.getMessage());
            }
            periods.add(following(item, "decade", periods, new DatedVolumes.Period(start, DecadeCalendar.nextDecadeStart(start),
                    item.amount("hm3", "a volume >= 0, hm3"))));
        }
        return new DatedVolumes(periods);
    }

    private static DatedVolumes periods(JsonFields at) {
        List<DatedVolumes.Period> periods = new ArrayList<>();
        for (JsonFields item : at.objects("limitHm3ByPeriod", "{\"from\": \"2026-04-01\", \"to\": \"2026-04-30\", \"hm3\": 400}")) {
            item.allowOnly(List.of("from", "to", "hm3"), "a period's limit");
            LocalDate from = date(item, "from");
            LocalDate to = date(item, "to");
            if (to.isBefore(from)) {
                throw item.refused("to", to + " is before " + from + ", expected the period's last day");
            }
            periods.add(following(item, "from", periods, new DatedVolumes.Period(from, to.plusDays(1), item.amount("hm3", "a volume >= 0, hm3"))));
        }
        return new DatedVolumes(periods);
    }

    /** A period must start where the one before it ended: limits are contiguous. */
    private static DatedVolumes.Period following(JsonFields item, String field, List<DatedVolumes.Period> before, DatedVolumes.Period period) {
        if (!before.isEmpty() && !before.get(before.size() - 1).endExclusive().equals(period.start())) {
            throw item.refused(field, "starts " + period.start() + ", expected " + before.get(before.size() - 1).endExclusive()
                    + ": each period must follow the one before it without gap or overlap");
        }
        return period;
    }

    private static LocalDate date(JsonFields at, String field) {
        String text = at.text(field, "a date such as 2026-04-01");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw at.refused(field, "'" + text + "' is not a date, expected YYYY-MM-DD such as 2026-04-01");
        }
    }

    private static List<StorageSchedule.Target> targets(JsonFields at) {
        List<StorageSchedule.Target> targets = new ArrayList<>();
        for (JsonFields item : at.objects("targets", "{\"by\": \"05-31\", \"atLeastHm3\": 3418}")) {
            item.allowOnly(List.of("by", "atLeastHm3"), "a storage target");
            targets.add(new StorageSchedule.Target(monthDay(item, "by"), item.amount("atLeastHm3", "a volume >= 0, hm3")));
        }
        return targets;
    }

    private static ReleaseSchedule.Bound bound(JsonFields at) {
        String bound = at.optionalText("bound", "at-least or at-most").orElse("at-least");
        return switch (bound) {
            case "at-least" -> ReleaseSchedule.Bound.AT_LEAST;
            case "at-most" -> ReleaseSchedule.Bound.AT_MOST;
            default -> throw at.refused("bound", "'" + bound + "', expected at-least or at-most");
        };
    }

    private static Agreement energyDelivery(JsonFields at, String id, Terms terms) {
        String from = country(at, "fromCountry");
        String to = country(at, "toCountry");
        if (from.equals(to)) {
            throw at.refused("toCountry", "is " + to + " as fromCountry is, expected a second country");
        }
        List<String> parties = at.has("parties") ? countries(at, "parties") : List.of(from, to);
        if (!parties.contains(from) || !parties.contains(to)) {
            throw at.refused("parties", "is " + parties + ", expected both " + from + " and " + to + " among them");
        }
        MonthlyValues energy = new MonthlyValues(byMonth(at.object("energyGwhByMonth", "an energy per month, jan to dec, GWh"),
                "an energy >= 0, GWh"));
        String meter = at.optionalText("measuredAt", "the name of a meter station").orElseGet(() -> EnergyDelivery.defaultMeter(from, to));
        String basin = at.text("basin", "the river basin whose water the energy pays for, such as syr_darya");
        return new EnergyDelivery(id, from, to, basin, energy, parties, meter, terms);
    }
}
