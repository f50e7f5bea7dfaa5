package org.riparian.server.agreement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.DecadeCalendar;

/**
 * An agreement as the API writes it: {@code type}, {@code id}, {@code parties}, {@code period} (MM-DD to MM-DD),
 * {@code tolerance} (a fraction), {@code basin}, then the fields of its type with the unit in each name; what the
 * API reads back in a PUT is the same shape. A monthly volume is that of a non-leap year's month, as in a basin file.
 */
public final class AgreementJson {

    /** The keys of a by-month object, January first. */
    static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AgreementJson() {
    }

    /** The agreement without its source: the body stored for a revision. */
    public static ObjectNode body(Agreement agreement, String basin) {
        ObjectNode node = JSON.objectNode().put("type", type(agreement)).put("id", agreement.id());
        agreement.parties().forEach(node.putArray("parties")::add);
        node.putObject("period").put("from", monthDay(agreement.terms().from())).put("to", monthDay(agreement.terms().to()));
        node.put("tolerance", agreement.terms().toleranceFraction()).put("basin", basin);
        if (agreement instanceof WithdrawalLimit limit) {
            withdrawalLimit(node, limit);
        } else if (agreement instanceof MinimumFlow flow) {
            flowsByMonth(node.put("gauge", flow.gauge()), flow.flow());
        } else if (agreement instanceof TerminalInflow inflow) {
            node.put("terminal", inflow.terminal());
            inflow.measuredAt().ifPresentOrElse(gauge -> node.put("measuredAt", gauge), () -> node.putNull("measuredAt"));
            flowsByMonth(node, inflow.flow());
        } else if (agreement instanceof StorageSchedule schedule) {
            ArrayNode targets = node.put("reservoir", schedule.reservoir()).putArray("targets");
            schedule.targets().forEach(target -> targets.addObject().put("by", monthDay(target.by())).put("atLeastHm3", target.atLeastHm3()));
        } else if (agreement instanceof ReleaseSchedule schedule) {
            node.put("reservoir", schedule.reservoir()).put("bound", schedule.bound() == ReleaseSchedule.Bound.AT_MOST ? "at-most" : "at-least");
            flowsByMonth(node, schedule.flow());
        } else if (agreement instanceof EnergyDelivery delivery) {
            node.put("fromCountry", delivery.fromCountry()).put("toCountry", delivery.toCountry()).put("measuredAt", delivery.measuredAt());
            ObjectNode months = node.putObject("energyGwhByMonth");
            for (int m = 1; m <= 12; m++) {
                months.put(MONTHS.get(m - 1), delivery.energyGwh().month(m));
            }
        }
        return node;
    }

    /** The agreement with where it comes from: {@code source: {origin, basin, revision, sender, receivedAt, retired, supersedesFile}}. */
    public static ObjectNode of(AgreementEntry entry, String subBasin, String basinName) {
        ObjectNode node = body(entry.agreement(), subBasin);
        ObjectNode source = node.putObject("source").put("origin", entry.stored().isPresent() ? "stored" : "basin file").put("basin", basinName);
        entry.stored().ifPresentOrElse(stored -> source.put("revision", stored.revision()).put("sender", stored.sender())
                .put("receivedAt", stored.received().toString()), () -> source.putNull("revision").putNull("sender").putNull("receivedAt"));
        source.put("retired", entry.retired()).put("supersedesFile", entry.supersedesFile());
        return node;
    }

    /** withdrawal-limit, minimum-flow, terminal-inflow, storage-schedule, release-schedule or energy-delivery. */
    public static String type(Agreement agreement) {
        if (agreement instanceof WithdrawalLimit) {
            return "withdrawal-limit";
        } else if (agreement instanceof MinimumFlow) {
            return "minimum-flow";
        } else if (agreement instanceof TerminalInflow) {
            return "terminal-inflow";
        } else if (agreement instanceof StorageSchedule) {
            return "storage-schedule";
        } else if (agreement instanceof ReleaseSchedule) {
            return "release-schedule";
        }
        return "energy-delivery";
    }

    private static void withdrawalLimit(ObjectNode node, WithdrawalLimit limit) {
        node.put("country", limit.country());
        limit.measuredAt().forEach(node.putArray("measuredAt")::add);
        limit.perStep().ifPresent(series -> {
            if (series instanceof MonthlyProfile profile) {
                ObjectNode months = node.putObject("limitHm3ByMonth");
                for (int m = 1; m <= 12; m++) {
                    months.put(MONTHS.get(m - 1), convertedBack(Volumes.hm3FromM3s(profile.flowM3s(m), Month.of(m).length(false))));
                }
            } else {
                periods(node, ((DatedVolumes) series).periods());
            }
        });
        limit.seasonTotalHm3().ifPresentOrElse(total -> node.put("seasonTotalHm3", total), () -> node.putNull("seasonTotalHm3"));
    }

    /** Decades as {@code limitHm3ByDecade: [{decade: 2026-04-1, hm3}]}; any other periods with their first and last day. */
    private static void periods(ObjectNode node, List<DatedVolumes.Period> periods) {
        boolean decades = periods.stream().allMatch(p -> DecadeCalendar.startOfDecade(p.start()).equals(p.start())
                && DecadeCalendar.nextDecadeStart(p.start()).equals(p.endExclusive()));
        ArrayNode array = node.putArray(decades ? "limitHm3ByDecade" : "limitHm3ByPeriod");
        for (DatedVolumes.Period period : periods) {
            ObjectNode item = array.addObject();
            if (decades) {
                item.put("decade", decade(period.start()));
            } else {
                item.put("from", period.start().toString()).put("to", period.endExclusive().minusDays(1).toString());
            }
            item.put("hm3", period.volumeHm3());
        }
    }

    /**
     * A monthly limit is held as a flow (the unit the engine reads it in) and converted back to the hm³ it was given
     * in; twelve significant digits drop the conversion's rounding noise (187.89999999999998 reads 187.9 again).
     */
    private static double convertedBack(double hm3) {
        return new BigDecimal(hm3).round(new MathContext(12)).doubleValue();
    }

    private static void flowsByMonth(ObjectNode node, MonthlyProfile profile) {
        ObjectNode months = node.putObject("flowM3sByMonth");
        for (int m = 1; m <= 12; m++) {
            months.put(MONTHS.get(m - 1), profile.flowM3s(m));
        }
    }

    static String decade(LocalDate start) {
        return String.format("%d-%02d-%d", start.getYear(), start.getMonthValue(), DecadeCalendar.decadeOfMonth(start));
    }

    private static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
