package org.riparian.cli.coalition;

import java.io.PrintWriter;
import java.util.Locale;
import org.riparian.analysis.coalition.CoalitionReport;

/** The coalition game as text tables, million US$. */
final class CoalitionTable {

    private CoalitionTable() {
    }

    static void print(CoalitionReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Coalition game: %s, season %s, hydrology %s, players %s%n", report.run().get("basin"),
                report.run().get("season"), report.run().get("hydrology"), report.run().get("players"));
        out.printf(Locale.ROOT, "outside a coalition, reservoir owners act alone in this order: %s%n",
                report.run().get("owners_upstream_first"));
        out.printf(Locale.ROOT, "%s engine runs on %s threads in %.1f s%n%n", report.run().get("engine_runs"),
                report.run().get("threads"), (Double) report.run().get("wall_seconds"));
        coalitions(report, out);
        countries(report, out);
        rules(report, out);
        robustness(report, out);
    }

    private static void coalitions(CoalitionReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-30s %14s%n", "coalition", "value (M US$)");
        report.coalitions().forEach(c -> out.printf(Locale.ROOT, "%-30s %14.1f%n", String.join("+", c.members()), c.valueMusd()));
        if (report.shortfalls().isEmpty()) {
            out.println("superadditive: no two coalitions lose by merging");
        }
        report.shortfalls().forEach(s -> out.printf(Locale.ROOT, "not superadditive: %s with %s is worth %.1f M US$ less than apart%n",
                String.join("+", s.first()), String.join("+", s.second()), s.shortfall()));
        out.println();
    }

    private static void countries(CoalitionReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-7s %10s %10s %12s %12s %10s %10s%n", "country", "go alone", "v(alone)", "joint plan",
                "water hm3", "Shapley", "nucleolus");
        report.countries().forEach(c -> out.printf(Locale.ROOT, "%-7s %10.1f %10.1f %12.1f %12.0f %10.1f %10.1f%n", c.country(),
                c.goAlone(), c.singleton(), c.cooperative(), c.waterUse(), c.shapley(), c.nucleolus()));
        out.printf(Locale.ROOT, "core: %s (least-core epsilon %.2f M US$)%s%n%n", report.coreNonEmpty() ? "not empty" : "EMPTY",
                report.leastCoreEpsilon(), report.nucleolusOverImputations() ? "" : "; no imputation exists, prenucleolus shown");
    }

    private static void rules(CoalitionReport report, PrintWriter out) {
        for (CoalitionReport.RuleRow rule : report.rules()) {
            out.printf(Locale.ROOT, "%s: ", rule.rule());
            rule.split().forEach((country, share) -> out.printf(Locale.ROOT, "%s %.1f  ", country, share));
            out.println();
            if (rule.inCore()) {
                out.println("  in the core");
            } else {
                out.printf(Locale.ROOT, "  NOT in the core%s: %s would gain %.1f M US$ on its own%n",
                        rule.efficient() ? "" : " (does not hand out the grand coalition's value)",
                        String.join("+", rule.blockingCoalition()), rule.blockingExcess());
            }
            if (rule.payments().isEmpty()) {
                out.println("  no transfer needed");
            }
            rule.payments().forEach(p -> out.printf(Locale.ROOT, "  %s pays %s %.1f M US$%n", p.from(), p.to(), p.musd()));
        }
        out.println();
    }

    private static void robustness(CoalitionReport report, PrintWriter out) {
        for (CoalitionReport.HydrologyRow row : report.robustness()) {
            out.printf(Locale.ROOT, "%-8s v(N) %8.1f  core %-9s Shapley:", row.hydrology(), row.grandValue(),
                    row.coreNonEmpty() ? "not empty" : "EMPTY");
            row.shapley().forEach((country, share) -> out.printf(Locale.ROOT, " %s %.1f", country, share));
            out.println();
        }
    }
}
