package org.riparian.bench;

import java.io.PrintStream;

/** The harness's human output: the measured table, the Aral year against its target, the published references. */
final class Tables {

    private Tables() {
    }

    static void print(Report report, PrintStream out) {
        Report.Machine m = report.machine();
        out.printf("%nRiparian engine overhead — %s — %d cores, Java %s, %s %s; %d warm-up + %d measured runs per case"
                + " (medians)%n%n", report.date(), m.cores(), m.java(), m.os(), m.arch(), report.warmupRuns(), report.measuredRuns());
        measured(report, out);
        aral(report, out);
        references(report, out);
    }

    private static void measured(Report report, PrintStream out) {
        out.printf("%-22s %-5s %6s %6s %10s %10s %8s %9s %9s %9s %10s%n", "case", "solver", "nodes", "steps", "ms/step",
                "solver ms", "solves", "total/", "steps/", "build ms", "run ms");
        out.printf("%-22s %-5s %6s %6s %10s %10s %8s %9s %9s %9s %10s%n", "", "", "", "", "", "/step", "/step", "solver",
                "solver", "", "");
        for (CaseResult r : report.results()) {
            if (!r.ok()) {
                out.printf("%-22s %-5s %6d %6d  FAILED: %s%n", r.caseName(), r.solver(), r.nodes(), r.steps(), r.error());
                continue;
            }
            String flag = r.overheadRatio() <= report.overheadTarget() ? " " : "!";
            out.printf("%-22s %-5s %6d %6d %10.4f %10.4f %8.2f %8.2f%s %9.2f %9.2f %10.1f%n", r.caseName(), r.solver(),
                    r.nodes(), r.steps(), r.msPerStep(), r.solverMsPerStep(), r.solvesPerStep(), r.overheadRatio(), flag,
                    r.stepLoopOverheadRatio(), r.buildMs(), r.runMs());
        }
        out.printf("total/solver: whole engine run (LP build + steps + recording) over time inside OR-Tools solve calls;"
                + " target <= %.1f, '!' marks a miss.%nsteps/solver: the same without the one-off LP build.%n%n",
                report.overheadTarget());
    }

    private static void aral(Report report, PrintStream out) {
        for (CaseResult r : report.results()) {
            if (r.nominalSize() == 0 && r.ok()) {
                out.printf("Aral basin, hydrological year of %d decades on %s, warm: %.1f ms per run (min %.1f, max %.1f)"
                        + " — target < %.0f ms: %s%n", r.steps(), r.solver(), r.runMs(), r.runMsMin(), r.runMsMax(),
                        report.aralYearTargetMs(), r.runMs() < report.aralYearTargetMs() ? "met" : "MISSED");
            }
        }
        out.println();
    }

    private static void references(Report report, PrintStream out) {
        out.println("Published reference figures (DESIGN.md, measured earlier on this machine's kind — NOT measured here),"
                + " ms per daily step; ratio = ours / theirs (< 1 means we are faster)");
        out.printf("%-22s %-5s %10s %18s %18s %22s%n", "case", "solver", "ours", "GLOP rebuilt/step", "Pywr+GLPK fastest",
                "bare solver in place");
        for (CaseResult r : report.results()) {
            if (r.nominalSize() == 0 || !r.ok()) {
                continue;
            }
            out.printf("%-22s %-5s %10.4f %18s %18s %22s%n", r.caseName(), r.solver(), r.msPerStep(),
                    cell(r.publishedGlopRebuiltMsPerStep(), r.ratioToGlopRebuilt()), cell(r.publishedPywrMsPerStep(), r.ratioToPywr()),
                    cell(r.publishedInPlaceMsPerStep(), r.ratioToInPlace()));
        }
        out.println("bare solver in place: the same solver with bounds updated in place, one solve per step and no engine"
                + " around it (the engine may solve more than once per step to hold priorities).");
    }

    private static String cell(Double published, Double ratio) {
        return published == null ? "-" : String.format("%.3f (x%.2f)", published, ratio);
    }
}
