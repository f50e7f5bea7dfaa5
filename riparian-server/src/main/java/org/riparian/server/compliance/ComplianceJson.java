package org.riparian.server.compliance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.riparian.analysis.compliance.Attribution;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.Cumulative;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.EnergyTrack;
import org.riparian.analysis.compliance.MonthLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;

/** A compliance report as JSON: what is missing is {@code null}, never 0. Shared by /api/v1/compliance and {@code riparian compliance}. */
public final class ComplianceJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ComplianceJson() {
    }

    public static ObjectNode of(ComplianceReport report, Instant asOf) {
        ObjectNode root = JSON.objectNode().put("season", report.season()).put("throughDecade", report.throughDecade())
                .put("asOf", asOf.toString()).put("synthetic", report.synthetic())
                .put("note", report.synthetic() ? SyntheticNotice.TEXT : "observations as held by the store at asOf");
        root.put("units", "volumes hm3 per decade; storage hm3 stored; energy GWh per month to date; percentages of the agreed or planned value");
        tracks(root.putArray("agreements"), report.agreements());
        energy(root.putArray("energy"), report.energy());
        tracks(root.putArray("canals"), report.canals());
        tracks(root.putArray("reservoirs"), report.reservoirs());
        return root;
    }

    private static void tracks(ArrayNode array, List<Track> tracks) {
        for (Track track : tracks) {
            ObjectNode node = array.addObject().put("id", track.id()).put("kind", track.kind()).put("basin", track.basin())
                    .put("description", track.description())
                    .put("bound", track.bound().name().toLowerCase().replace('_', '-')).put("tolerance", track.terms().toleranceFraction())
                    .put("unit", track.unit());
            node.putObject("period").put("from", monthDay(track.terms().from())).put("to", monthDay(track.terms().to()));
            track.parties().forEach(node.putArray("parties")::add);
            track.measuredAt().forEach(node.putArray("measuredAt")::add);
            ArrayNode decades = node.putArray("decades");
            track.decades().forEach(line -> decade(decades.addObject(), line));
            track.cumulative().ifPresentOrElse(c -> cumulative(node.putObject("cumulative"), c), () -> node.putNull("cumulative"));
            ArrayNode attributions = node.putArray("attributions");
            track.attributions().forEach(a -> attribution(attributions.addObject(), a));
        }
    }

    private static void energy(ArrayNode array, List<EnergyTrack> tracks) {
        for (EnergyTrack track : tracks) {
            ObjectNode node = array.addObject().put("id", track.id()).put("kind", "energy-delivery").put("basin", track.basin())
                    .put("fromCountry", track.fromCountry()).put("toCountry", track.toCountry()).put("measuredAt", track.measuredAt())
                    .put("tolerance", track.terms().toleranceFraction()).put("unit", "GWh");
            node.putObject("period").put("from", monthDay(track.terms().from())).put("to", monthDay(track.terms().to()));
            track.parties().forEach(node.putArray("parties")::add);
            ArrayNode months = node.putArray("months");
            for (MonthLine line : track.months()) {
                ObjectNode month = months.addObject().put("month", line.month()).put("start", line.start().toString()).put("days", line.days())
                        .put("daysToDate", line.daysToDate());
                number(month, "agreed", line.agreedGwh());
                number(month, "observed", line.observedGwh());
                month.put("daysObserved", line.daysObserved());
                number(month, "againstAgreed", line.againstAgreedGwh());
                number(month, "againstAgreedPercent", line.againstAgreedPercent());
                status(month, line.status());
            }
            ObjectNode toDate = node.putObject("cumulative");
            number(toDate, "agreed", track.toDate().agreedGwh());
            number(toDate, "observed", track.toDate().observedGwh());
            number(toDate, "againstAgreedPercent", track.toDate().againstAgreedPercent());
            toDate.put("monthsCompared", track.toDate().monthsCompared()).put("monthsMissing", track.toDate().monthsMissing());
            status(toDate, Optional.of(track.toDate().status()));
        }
    }

    private static void decade(ObjectNode node, DecadeLine line) {
        node.put("decade", line.decade()).put("start", line.start().toString()).put("days", line.days());
        number(node, "agreed", line.agreedHm3());
        node.put("planned", line.plannedHm3());
        number(node, "observed", line.observedHm3());
        node.put("daysObserved", line.daysObserved());
        number(node, "againstAgreed", line.againstAgreedHm3());
        number(node, "againstAgreedPercent", line.againstAgreedPercent());
        number(node, "againstPlan", line.againstPlanHm3());
        number(node, "againstPlanPercent", line.againstPlanPercent());
        status(node, line.status());
    }

    private static void cumulative(ObjectNode node, Cumulative cumulative) {
        number(node, "agreed", cumulative.agreedHm3());
        node.put("planned", cumulative.plannedHm3());
        number(node, "observed", cumulative.observedHm3());
        number(node, "againstAgreedPercent", cumulative.againstAgreedPercent());
        number(node, "againstPlanPercent", cumulative.againstPlanPercent());
        node.put("decadesCompared", cumulative.decadesCompared()).put("decadesMissing", cumulative.decadesMissing());
        status(node, cumulative.status());
    }

    private static void attribution(ObjectNode node, Attribution attribution) {
        node.put("decade", attribution.decade()).put("shortfall", attribution.shortfallHm3())
                .put("plannedShortfall", attribution.plannedShortfallHm3()).put("unexplained", attribution.unexplainedHm3());
        ArrayNode parts = node.putArray("parts");
        attribution.parts().forEach(part -> parts.addObject().put("cause", part.cause().words()).put("node", part.node()).put("volume", part.hm3()));
        attribution.unobserved().forEach(node.putArray("unobserved")::add);
    }

    private static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    private static void number(ObjectNode node, String field, Optional<Double> value) {
        value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
    }

    private static void status(ObjectNode node, Optional<Status> status) {
        status.ifPresentOrElse(s -> node.put("status", s.words()), () -> node.putNull("status"));
    }
}
