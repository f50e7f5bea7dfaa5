package org.riparian.cli.exchange;

import java.io.PrintWriter;
import java.util.Locale;
import org.riparian.analysis.exchange.ExchangeReport;

/** The exchange as text tables: million US$, GWh, hm³. */
final class ExchangeTable {

    private ExchangeTable() {
    }

    static void print(ExchangeReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Water-for-energy exchange: %s (%s), season %s, hydrology %s%n", report.run().get("basin"),
                report.run().get("scope"), report.run().get("season"), report.run().get("hydrology"));
        out.printf(Locale.ROOT, "alone: reservoir owners plan for themselves in this order: %s%n", report.run().get("owners_upstream_first"));
        out.println();
        out.printf(Locale.ROOT, "%-7s %28s %28s %12s %12s%n", "", "alone (M US$)", "together (M US$)", "settled", "received");
        out.printf(Locale.ROOT, "%-7s %9s %9s %9s %9s %9s %9s %12s %12s%n", "country", "irrig.", "energy", "total", "irrig.", "energy",
                "total", "M US$", "M US$");
        for (ExchangeReport.CountryRow c : report.countries()) {
            out.printf(Locale.ROOT, "%-7s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %12.1f %12.1f%n", c.country(), c.irrigationAlone(),
                    c.energyAlone(), c.totalAlone(), c.irrigationTogether(), c.energyTogether(), c.totalTogether(), c.settled(),
                    c.transfer());
        }
        out.printf(Locale.ROOT, "gain of cooperation: %.1f M US$, shared by %s%n%n", report.gainMusd(), report.sharingRule());
        energy(report, out);
        reservoirs(report, out);
    }

    private static void energy(ExchangeReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-7s %14s %14s %14s %14s%n", "country", "produced alone", "produced tog.", "unserved alone",
                "unserved tog.");
        report.countries().forEach(c -> out.printf(Locale.ROOT, "%-7s %14.1f %14.1f %14.1f %14.1f%n", c.country(), c.producedAlone(),
                c.producedTogether(), c.unservedAlone(), c.unservedTogether()));
        out.println();
        if (report.energyTransfers().isEmpty() && report.moneyTransfers().isEmpty()) {
            out.println("settlement: no transfer needed");
        }
        report.energyTransfers().forEach(t -> out.printf(Locale.ROOT, "settlement: %s delivers %.1f GWh to %s in %s (%.2f M US$)%n",
                t.from(), t.gwh(), t.to(), t.month(), t.valueMusd()));
        report.moneyTransfers().forEach(t -> out.printf(Locale.ROOT, "settlement: %s pays %s %.2f M US$%n", t.from(), t.to(), t.musd()));
        out.println();
    }

    private static void reservoirs(ExchangeReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-14s %-7s %14s %14s %14s %14s%n", "reservoir", "country", "winter alone", "summer alone",
                "winter tog.", "summer tog.");
        report.reservoirs().forEach(r -> out.printf(Locale.ROOT, "%-14s %-7s %14.1f %14.1f %14.1f %14.1f%n", r.reservoir(), r.country(),
                r.winterAlone(), r.summerAlone(), r.winterTogether(), r.summerTogether()));
        out.println("(releases in hm3: winter Oct-Mar, summer Apr-Sep)");
    }
}
