package org.riparian.server.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.riparian.analysis.compliance.Attribution;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.Cumulative;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.server.bulletin.Table.Cell;
import org.riparian.server.bulletin.Table.Number;
import org.riparian.server.bulletin.Table.Text;

/** Lays a compliance report out as the bulletin of its last decade. */
public final class BulletinTables {

    private static final List<String> AGREED = List.of("Agreement", "Parties", "Measured at", "Agreed", "Plan", "Actual",
            "Actual vs agreed %", "Status", "Agreed to date", "Actual to date", "Status to date");

    private BulletinTables() {
    }

    public static Bulletin of(ComplianceReport report, String basin, Instant asOf) {
        LocalDate start = DecadeCalendar.parse(report.throughDecade());
        List<Table> tables = List.of(
                agreed("withdrawals", "Withdrawals per country: limit and actual", report, "withdrawal-limit"),
                canals(report),
                agreed("deliveries", "Deliveries across gauges and reservoir releases against the agreements", report, "minimum-flow",
                        "release-schedule"),
                agreed("aral-seas", "Inflow to the Aral seas", report, "terminal-inflow"),
                reservoirs(report),
                breaches(report));
        return new Bulletin(basin, report.season(), report.throughDecade(), start, DecadeCalendar.nextDecadeStart(start).minusDays(1), asOf,
                report.synthetic(), tables);
    }

    private static Table agreed(String name, String title, ComplianceReport report, String... kinds) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Track track : report.agreements()) {
            if (List.of(kinds).contains(track.kind())) {
                DecadeLine line = track.decade(report.throughDecade()).orElseThrow();
                Optional<Cumulative> total = track.cumulative();
                rows.add(List.of(new Text(track.id()), new Text(String.join(" ", track.parties())), new Text(String.join(" ", track.measuredAt())),
                        new Number(line.agreedHm3()), Number.of(line.plannedHm3()), new Number(line.observedHm3()),
                        new Number(line.againstAgreedPercent()), status(line), new Number(total.flatMap(Cumulative::agreedHm3)),
                        new Number(total.flatMap(Cumulative::observedHm3)), status(total.flatMap(Cumulative::status))));
            }
        }
        return new Table(name, title, AGREED, rows);
    }

    private static Table canals(ComplianceReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Track track : report.canals()) {
            DecadeLine line = track.decade(report.throughDecade()).orElseThrow();
            Cumulative total = track.cumulative().orElseThrow();
            rows.add(List.of(new Text(track.id()), new Text(String.join(" ", track.parties())), Number.of(line.plannedHm3()),
                    new Number(line.observedHm3()), new Number(line.againstPlanPercent()), Number.of(total.plannedHm3()),
                    new Number(total.observedHm3()), new Number(total.againstPlanPercent())));
        }
        return new Table("canals", "Withdrawals per canal head against the plan", List.of("Canal", "Country", "Plan", "Actual",
                "Actual vs plan %", "Plan to date", "Actual to date", "To date vs plan %"), rows);
    }

    private static Table reservoirs(ComplianceReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Track> tracks = report.reservoirs();
        for (int i = 0; i + 1 < tracks.size(); i += 2) {
            DecadeLine volume = tracks.get(i).decade(report.throughDecade()).orElseThrow();
            DecadeLine release = tracks.get(i + 1).decade(report.throughDecade()).orElseThrow();
            rows.add(List.of(new Text(tracks.get(i).id()), new Text(String.join(" ", tracks.get(i).parties())), Number.of(volume.plannedHm3()),
                    new Number(volume.observedHm3()), Number.of(release.plannedHm3()), new Number(release.observedHm3()),
                    new Number(release.againstPlanPercent()), new Text(schedules(report, tracks.get(i).id()))));
        }
        return new Table("reservoirs", "Reservoirs: mean storage and releases against plan and schedule", List.of("Reservoir", "Country",
                "Storage plan", "Storage actual", "Release plan", "Release actual", "Release vs plan %", "Schedules"), rows);
    }

    /** The storage and release schedules of a reservoir that bind in the decade, with their status. */
    private static String schedules(ComplianceReport report, String reservoir) {
        return report.agreements().stream()
                .filter(track -> track.kind().endsWith("-schedule") && track.measuredAt().contains(reservoir))
                .flatMap(track -> track.decade(report.throughDecade()).flatMap(DecadeLine::status).map(s -> track.id() + ": " + s.words()).stream())
                .collect(Collectors.joining("; "));
    }

    private static Table breaches(ComplianceReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ComplianceReport.Breach breach : report.breaches()) {
            DecadeLine line = breach.line();
            rows.add(List.of(new Text(breach.agreement().id()), new Text(line.decade()), new Number(line.agreedHm3()),
                    Number.of(line.plannedHm3()), new Number(line.observedHm3()), new Number(line.againstAgreedHm3()),
                    new Text(explanation(breach.agreement(), line))));
        }
        return new Table("breaches", "Breaches of the season to date and what explains them", List.of("Agreement", "Decade", "Agreed",
                "Plan", "Actual", "Actual vs agreed", "Attribution (hm3)"), rows);
    }

    private static String explanation(Track track, DecadeLine line) {
        Optional<Attribution> found = track.attributions().stream().filter(a -> a.decade().equals(line.decade())).findFirst();
        if (found.isEmpty()) {
            return track.bound() == Status.Bound.AT_MOST ? "withdrawn above the limit at " + String.join(", ", track.measuredAt()) : "";
        }
        Attribution attribution = found.get();
        List<String> parts = new ArrayList<>();
        double planned = attribution.plannedShortfallHm3();
        if (Math.abs(planned) < 0.05) {
            parts.add("the plan gave the agreed volume");
        } else {
            parts.add(planned > 0 ? String.format(Locale.ROOT, "the plan itself short by %.1f", planned)
                    : String.format(Locale.ROOT, "the plan had %.1f to spare", -planned));
        }
        attribution.parts().stream().filter(p -> Math.abs(p.hm3()) >= 0.05)
                .forEach(p -> parts.add(String.format(Locale.ROOT, "%s at %s %.1f", p.cause().words(), p.node(), p.hm3())));
        parts.add(String.format(Locale.ROOT, "unexplained %.1f", attribution.unexplainedHm3()));
        if (!attribution.unobserved().isEmpty()) {
            parts.add("not observed: " + String.join(", ", attribution.unobserved()));
        }
        return String.join("; ", parts);
    }

    /** A decade observed on only some of its days says so beside its status: its volume rests on those days' mean. */
    private static Cell status(DecadeLine line) {
        String words = line.status().map(Status::words).orElse("");
        boolean partial = line.observedHm3().isPresent() && line.daysObserved() < line.days();
        return new Text(partial ? words + " (" + line.daysObserved() + " of " + line.days() + " days)" : words);
    }

    private static Cell status(Optional<Status> status) {
        return new Text(status.map(Status::words).orElse(""));
    }
}
