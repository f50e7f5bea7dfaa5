package org.riparian.cli;

import org.riparian.engine.lp.SolverKind;
import picocli.CommandLine.Option;

/**
 * The {@code --solver} option of the commands that solve season-long LPs (exchange, coalitions, ensemble), where
 * auto means CLP; {@code plan} has its own, since its auto depends on the mode.
 */
public final class SolverChoice {

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "auto", description = "glop, clp or auto (CLP) (default: ${DEFAULT-VALUE}).")
    String solver;

    public SolverKind kind() {
        return SolverKind.parse(solver, SolverKind.CLP);
    }
}
