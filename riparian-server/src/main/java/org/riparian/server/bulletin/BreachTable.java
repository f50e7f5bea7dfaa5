package org.riparian.server.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.riparian.analysis.compliance.Attribution;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.MonthLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;
import org.riparian.server.bulletin.Table.Cell;
import org.riparian.server.bulletin.Table.Number;
import org.riparian.server.bulletin.Table.Text;

/**
 * The breaches of a basin's season to date, decade by decade for water (hm³, with what the network trace attributes a
 * shortfall to) and month by month for energy (GWh, with the days the meter counted).
 */
final class BreachTable {

    private BreachTable() {
    }

    static Table of(ComplianceReport report, String basin) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ComplianceReport.Breach breach : report.breaches()) {
            if (breach.agreement().basin().equals(basin)) {
                DecadeLine line = breach.line();
                rows.add(List.of(new Text(breach.agreement().id()), new Text(line.decade()), new Text("hm3"), new Number(line.agreedHm3()),
                        Number.of(line.plannedHm3()), new Number(line.observedHm3()), new Number(line.againstAgreedHm3()),
                        new Text(explanation(breach.agreement(), line))));
            }
        }
        for (ComplianceReport.EnergyBreach breach : report.energyBreaches()) {
            if (breach.delivery().basin().equals(basin)) {
                MonthLine line = breach.line();
                rows.add(List.of(new Text(breach.delivery().id()), new Text(line.month()), new Text("GWh"), new Number(line.agreedGwh()),
                        new Text("not planned"), new Number(line.observedGwh()), new Number(line.againstAgreedGwh()),
                        new Text(String.format(Locale.ROOT, "%s delivered to %s short of the agreement, counted at %s on %.0f of %d days",
                                breach.delivery().fromCountry(), breach.delivery().toCountry(), breach.delivery().measuredAt(),
                                line.daysObserved(), line.daysToDate()))));
            }
        }
        return new Table("breaches", "Breaches of the season to date and what explains them", List.of("Agreement", "Period", "Unit",
                "Agreed", "Plan", "Actual", "Actual vs agreed", "Attribution"), rows);
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
}
