package org.riparian.server.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.Cumulative;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.EnergyTrack;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.server.bulletin.Table.Cell;
import org.riparian.server.bulletin.Table.Number;
import org.riparian.server.bulletin.Table.Text;

/**
 * Lays a compliance report out as the bulletin of its last decade, one section per river basin (in the order the
 * basin's first track comes in the report), each with its countries and canals, deliveries, inflow to the Aral Sea,
 * reservoirs, energy deliveries and breaches.
 */
public final class BulletinTables {

    private static final List<String> AGREED = List.of("Agreement", "Parties", "Measured at", "Agreed", "Plan", "Actual",
            "Actual vs agreed %", "Status", "Agreed to date", "Actual to date", "Status to date");

    private final ComplianceReport report;
    private final String basin;

    private BulletinTables(ComplianceReport report, String basin) {
        this.report = report;
        this.basin = basin;
    }

    public static Bulletin of(ComplianceReport report, String basinName, Instant asOf) {
        LocalDate start = DecadeCalendar.parse(report.throughDecade());
        List<Section> sections = basins(report).stream().map(basin -> new BulletinTables(report, basin).section()).toList();
        return new Bulletin(basinName, report.season(), report.throughDecade(), start, DecadeCalendar.nextDecadeStart(start).minusDays(1), asOf,
                report.synthetic(), sections);
    }

    private static Set<String> basins(ComplianceReport report) {
        Set<String> basins = new LinkedHashSet<>();
        Stream.of(report.agreements(), report.canals(), report.reservoirs()).flatMap(List::stream).forEach(track -> basins.add(track.basin()));
        report.energy().forEach(track -> basins.add(track.basin()));
        return basins;
    }

    private Section section() {
        List<Track> agreements = inBasin(report.agreements());
        List<EnergyTrack> energy = report.energy().stream().filter(track -> track.basin().equals(basin)).toList();
        return new Section(basin, List.of(
                agreed("withdrawals", "Withdrawals per country: limit and actual", agreements, "withdrawal-limit"),
                canals(inBasin(report.canals())),
                agreed("deliveries", "Deliveries across gauges and reservoir releases against the agreements", agreements, "minimum-flow",
                        "release-schedule"),
                agreed("aral-seas", "Inflow to the Aral Sea", agreements, "terminal-inflow"),
                reservoirs(inBasin(report.reservoirs()), agreements),
                EnergyTable.of(report, energy),
                BreachTable.of(report, basin)));
    }

    private List<Track> inBasin(List<Track> tracks) {
        return tracks.stream().filter(track -> track.basin().equals(basin)).toList();
    }

    private Table agreed(String name, String title, List<Track> agreements, String... kinds) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Track track : agreements) {
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

    private Table canals(List<Track> canals) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Track track : canals) {
            DecadeLine line = track.decade(report.throughDecade()).orElseThrow();
            Cumulative total = track.cumulative().orElseThrow();
            rows.add(List.of(new Text(track.id()), new Text(String.join(" ", track.parties())), Number.of(line.plannedHm3()),
                    new Number(line.observedHm3()), new Number(line.againstPlanPercent()), Number.of(total.plannedHm3()),
                    new Number(total.observedHm3()), new Number(total.againstPlanPercent())));
        }
        return new Table("canals", "Withdrawals per canal head against the plan", List.of("Canal", "Country", "Plan", "Actual",
                "Actual vs plan %", "Plan to date", "Actual to date", "To date vs plan %"), rows);
    }

    private Table reservoirs(List<Track> tracks, List<Track> agreements) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < tracks.size(); i += 2) {
            DecadeLine volume = tracks.get(i).decade(report.throughDecade()).orElseThrow();
            DecadeLine release = tracks.get(i + 1).decade(report.throughDecade()).orElseThrow();
            rows.add(List.of(new Text(tracks.get(i).id()), new Text(String.join(" ", tracks.get(i).parties())), Number.of(volume.plannedHm3()),
                    new Number(volume.observedHm3()), Number.of(release.plannedHm3()), new Number(release.observedHm3()),
                    new Number(release.againstPlanPercent()), new Text(schedules(agreements, tracks.get(i).id()))));
        }
        return new Table("reservoirs", "Reservoirs: mean storage and releases against plan and schedule", List.of("Reservoir", "Country",
                "Storage plan", "Storage actual", "Release plan", "Release actual", "Release vs plan %", "Schedules"), rows);
    }

    /** The storage and release schedules of a reservoir that bind in the decade, with their status. */
    private String schedules(List<Track> agreements, String reservoir) {
        return agreements.stream()
                .filter(track -> track.kind().endsWith("-schedule") && track.measuredAt().contains(reservoir))
                .flatMap(track -> track.decade(report.throughDecade()).flatMap(DecadeLine::status).map(s -> track.id() + ": " + s.words()).stream())
                .collect(Collectors.joining("; "));
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
