package org.riparian.cli.ensemble;

import java.io.PrintWriter;
import java.util.Locale;
import org.riparian.analysis.ensemble.EnsembleReport;

/** The ensemble as text: per country the shortage figures, then the distributions of terminal inflow and energy. */
final class EnsembleTable {

    private EnsembleTable() {
    }

    static void print(EnsembleReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Ensemble: %s traces of %s year(s) from %s, %s steps, scenarios %s%n", report.run().get("traces"),
                report.run().get("years"), report.run().get("start"), report.run().get("step"), report.run().get("scenarios"));
        out.printf(Locale.ROOT, "%.1f s on %s threads (%.1f traces/s)%n%n", (double) report.run().get("wall_seconds"),
                report.run().get("threads"), (double) report.run().get("traces_per_second"));
        double damping = (double) report.run().get("cross_correlation_damping");
        if (damping > 0) {
            out.printf(Locale.ROOT, "note: in some months the inflows' lag-1 correlations leave no AR(1) that reaches the "
                    + "cross-correlation asked for; it was damped by up to %.0f%% there%n%n", 100 * damping);
        }
        out.printf(Locale.ROOT, "%-8s %11s %11s %14s %14s %10s%n", "country", "reliability", "resilience", "mean short hm3",
                "worst hm3", "worst %");
        report.countries().forEach(c -> out.printf(Locale.ROOT, "%-8s %11.3f %11s %14.1f %14.1f %10.1f%n", c.name(), c.reliability(),
                c.resilience() == null ? "-" : String.format(Locale.ROOT, "%.3f", c.resilience()), c.meanShortageHm3(),
                c.worstShortageHm3(), c.worstShortagePercent()));
        out.println("(reliability: share of steps without shortage; resilience: chance a shortage ends the next step)");
        out.println();
        out.printf(Locale.ROOT, "%-20s %-16s %10s %10s %10s %10s %10s%n", "figure", "of", "p05", "p25", "p50", "p75", "p95");
        report.distributions().forEach(d -> out.printf(Locale.ROOT, "%-20s %-16s %10.0f %10.0f %10.0f %10.0f %10.0f%n", d.figure(),
                d.of(), d.quantiles().p05(), d.quantiles().p25(), d.quantiles().p50(), d.quantiles().p75(), d.quantiles().p95()));
        out.println("(terminal inflow in hm3 and energy in GWh over the whole run, across traces)");
    }
}
