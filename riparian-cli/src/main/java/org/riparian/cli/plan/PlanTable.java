package org.riparian.cli.plan;

import java.io.PrintWriter;
import java.util.Locale;
import org.riparian.analysis.plan.Economics;
import org.riparian.analysis.plan.PlanSummary;
import org.riparian.analysis.plan.RunDescription;
import org.riparian.analysis.plan.PlanSummary.Share;
import org.riparian.analysis.plan.PlanSummary.StepRow;
import org.riparian.engine.simulation.RunStatistics;

/** The plan as text tables for a terminal: volumes hm³ (million m³), shortage in % of demand. */
final class PlanTable {

    private PlanTable() {
    }

    static void print(PlanSummary summary, PrintWriter out) {
        header(summary, out);
        countryTable(summary, out);
        seasonTotals(summary, out);
        waterTable(summary, out);
        requirements(summary, out);
        summary.economics().ifPresent(economics -> economicsTable(economics, out));
        footer(summary, out);
    }

    private static void header(PlanSummary summary, PrintWriter out) {
        RunDescription run = summary.run();
        out.printf(Locale.ROOT, "Allocation plan: %s (%s)%n", run.basin(), run.basinSource());
        out.printf(Locale.ROOT, "season %s, step %s, %s, hydrology %s, scenarios %s%n", run.season(), run.step(), run.mode(), run.hydrology(),
                run.scenarios().isEmpty() ? "none" : String.join(" + ", run.scenarios()));
        out.println("volumes in hm3 (million m3) per step; cells: delivered/demand and shortage in % of demand");
        out.println();
    }

    private static void countryTable(PlanSummary summary, PrintWriter out) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s", "step"));
        summary.countries().forEach(country -> head.append(String.format(Locale.ROOT, " %19s", country)));
        out.println(head);
        for (StepRow row : summary.steps()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", row.label()));
            row.countries().values().forEach(share -> line.append(' ').append(cell(share)));
            out.println(line);
        }
        out.println();
    }

    private static String cell(Share share) {
        if (share.demandHm3() <= 0) {
            return String.format(Locale.ROOT, "%19s", "-");
        }
        return String.format(Locale.ROOT, "%7.1f/%-7.1f %3.0f%%", share.deliveredHm3(), share.demandHm3(), share.shortagePercent());
    }

    private static void seasonTotals(PlanSummary summary, PrintWriter out) {
        out.printf(Locale.ROOT, "%-8s %12s %12s %12s %9s%n", "country", "demand", "delivered", "shortage", "shortage");
        summary.countryTotals().forEach((country, share) -> totalLine(out, country, share));
        totalLine(out, "basin", summary.basinTotal());
        out.println();
    }

    private static void totalLine(PrintWriter out, String label, Share share) {
        out.printf(Locale.ROOT, "%-8s %12.1f %12.1f %12.1f %8.1f%%%n", label, share.demandHm3(), share.deliveredHm3(),
                share.shortageHm3(), share.shortagePercent());
    }

    private static void waterTable(PlanSummary summary, PrintWriter out) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s", "step"));
        summary.terminals().forEach(id -> head.append(String.format(Locale.ROOT, " %14s", shorten(id + " in"))));
        summary.reservoirs().forEach(id -> head.append(String.format(Locale.ROOT, " %14s", shorten(id))));
        out.println("inflow to terminals and end-of-step storage of main reservoirs (hm3)");
        out.println(head);
        for (StepRow row : summary.steps()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", row.label()));
            row.terminalInflowHm3().values().forEach(v -> line.append(String.format(Locale.ROOT, " %14.1f", v)));
            row.storageEndHm3().values().forEach(v -> line.append(String.format(Locale.ROOT, " %14.1f", v)));
            out.println(line);
        }
        StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-10s", "season"));
        summary.terminalTotalsHm3().values().forEach(v -> total.append(String.format(Locale.ROOT, " %14.1f", v)));
        out.println(total);
        out.println();
    }

    private static String shorten(String text) {
        return text.length() <= 14 ? text : text.substring(0, 14);
    }

    private static void requirements(PlanSummary summary, PrintWriter out) {
        summary.requirements().stream().filter(r -> r.stepsMissed() > 0).forEach(r -> out.printf(Locale.ROOT,
                "missed: %s at %s in %d steps, %.1f of %.1f hm3 short%n", r.name(), r.node(), r.stepsMissed(), r.deficitHm3(),
                r.targetHm3()));
    }

    private static void economicsTable(Economics economics, PrintWriter out) {
        out.println();
        out.println("energy (GWh) and benefit (million US$) per country over the season");
        out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %12s %10s %10s%n", "country", "demand", "served", "exported", "unserved",
                "irrigation", "energy", "total");
        economics.countries().forEach((country, c) -> out.printf(Locale.ROOT, "%-8s %10.1f %10.1f %10.1f %10.1f %12.1f %10.1f %10.1f%n",
                country, c.energyDemandGwh(), c.energyServedGwh(), c.energyExportedGwh(), c.energyUnservedGwh(), c.irrigationMusd(),
                c.energyMusd(), c.totalMusd()));
        out.printf(Locale.ROOT, "successive LP: %d iterations, largest storage change in the last %.3f%% of live storage, %s%n", economics.iterations(),
                economics.finalChange() * 100, economics.converged() ? "converged" : "NOT converged");
    }

    private static void footer(PlanSummary summary, PrintWriter out) {
        RunStatistics stats = summary.run().statistics();
        out.printf(Locale.ROOT, "%d steps solved in %.2f s (%.2f s inside %s, %.1f solves per step); mass balance closes to %.1e of the largest flow%n",
                stats.steps(), stats.totalNanos() / 1e9, stats.solverNanos() / 1e9, stats.solver(),
                (double) stats.solves() / stats.steps(), summary.worstRelativeImbalance());
    }
}
