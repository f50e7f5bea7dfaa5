package org.riparian.cli.plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.plan.PlanSummary;
import org.riparian.analysis.plan.SeasonPlan;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.ProgressBars;
import org.riparian.cli.RunChoice;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian plan}: the allocation plan of a season, per step and country, simulated or optimised. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Compute the allocation plan of a season: demand, delivery and shortage per country and step, "
                + "inflow to the terminal seas and reservoir storage; with --mode optimise also energy and benefits.")
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    RunChoice choice;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "simulate",
            description = "simulate (step by step, priorities) or optimise (one LP over the season with economic values; "
                    + "default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--end-storage", paramLabel = "RULE", defaultValue = "initial",
            description = "optimise only: reservoirs end the season at least at their initial storage (initial) or free (default: ${DEFAULT-VALUE}).")
    String endStorage;

    @Option(names = "--out", paramLabel = "DIR", description = "Write allocation.csv, flows.csv, reservoirs.csv and summary.json here.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv on standard output (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "auto",
            description = "glop, clp or auto: GLOP to simulate, CLP to optimise (default: ${DEFAULT-VALUE}).")
    String solver;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OutputFormat.parse(format);
        SeasonPlan.Mode planMode = SeasonPlan.Mode.parse(mode);
        SolverKind solverKind = SolverKind.parse(solver, planMode.defaultSolver());
        EndStorage end = SeasonPlan.parseEndStorage(endStorage);
        PreparedRun run = choice.prepare();
        SeasonPlan.Outcome outcome;
        try (ProgressBars.Bar bar = ProgressBars.start("plan " + run.season().label())) {
            outcome = SeasonPlan.run(run, planMode, solverKind, end, bar);
        }
        if (out.isPresent()) {
            PlanFiles.write(out.get(), outcome.result(), outcome.summary());
        }
        print(outputFormat, outcome.result(), outcome.summary(), spec.commandLine().getOut());
        return 0;
    }

    private static void print(OutputFormat format, SimulationResult result, PlanSummary summary, PrintWriter out) {
        switch (format) {
            case TABLE -> PlanTable.print(summary, out);
            case JSON -> out.println(PlanFiles.summaryJson(summary));
            case CSV -> out.print(PlanFiles.allocationCsv(result));
        }
        out.flush();
    }

    enum OutputFormat {
        TABLE, JSON, CSV;

        static OutputFormat parse(String text) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(text)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + text + "', expected table, json or csv");
        }
    }
}
