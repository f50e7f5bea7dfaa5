package org.riparian.server.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.EnergyTrack;
import org.riparian.analysis.compliance.MonthLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.server.bulletin.Table.Cell;
import org.riparian.server.bulletin.Table.Number;
import org.riparian.server.bulletin.Table.Text;

/** The energy deliveries of a basin in the month holding the bulletin's decade, to its last day, and over the season to date; GWh. */
final class EnergyTable {

    private EnergyTable() {
    }

    static Table of(ComplianceReport report, List<EnergyTrack> deliveries) {
        LocalDate decade = DecadeCalendar.parse(report.throughDecade());
        String month = String.format(Locale.ROOT, "%d-%02d", decade.getYear(), decade.getMonthValue());
        List<List<Cell>> rows = new ArrayList<>();
        for (EnergyTrack track : deliveries) {
            MonthLine line = track.month(month).orElseThrow();
            EnergyTrack.ToDate toDate = track.toDate();
            rows.add(List.of(new Text(track.id()), new Text(track.fromCountry()), new Text(track.toCountry()), new Text(track.measuredAt()),
                    new Text(line.month() + " to day " + (line.start().getDayOfMonth() + line.daysToDate() - 1)), new Number(line.agreedGwh()),
                    new Number(line.observedGwh()), new Number(line.againstAgreedPercent()), status(line), new Number(toDate.agreedGwh()),
                    new Number(toDate.observedGwh()), new Text(toDate.status().words())));
        }
        return new Table("energy", "Energy deliveries per month against the agreements (GWh)", List.of("Agreement", "From", "To",
                "Measured at", "Month", "Agreed", "Actual", "Actual vs agreed %", "Status", "Agreed to date", "Actual to date",
                "Status to date"), rows);
    }

    /** A month counted on only some of its days to date says so beside its status: its energy rests on those days' mean. */
    private static Cell status(MonthLine line) {
        String words = line.status().map(Status::words).orElse("");
        boolean partial = line.observedGwh().isPresent() && line.daysObserved() < line.daysToDate();
        return new Text(partial ? words + String.format(Locale.ROOT, " (%.0f of %d days)", line.daysObserved(), line.daysToDate()) : words);
    }
}
