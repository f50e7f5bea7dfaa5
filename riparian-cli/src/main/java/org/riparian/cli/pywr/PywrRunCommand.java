package org.riparian.cli.pywr;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.riparian.cli.RiparianCommand;
import org.riparian.engine.lp.SolverKind;
import org.riparian.pywr.CsvOutputs;
import org.riparian.pywr.PywrModel;
import org.riparian.pywr.PywrRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code riparian pywr run MODEL.json [--out DIR] [--solver clp|glop]}: every output of the model, in Pywr's CSV layout, into DIR. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Pywr v2 model and write each of its outputs under the file name it gives.")
public final class PywrRunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "The Pywr v2 JSON model; its CSV inputs are read relative to it.")
    Path model;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the outputs (default: the current folder).")
    Path out = Path.of(".");

    @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "clp",
            description = "The LP solver, clp or glop (default: ${DEFAULT-VALUE}); mutually exclusive nodes always use cbc.")
    String solver;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SolverKind lpSolver = SolverKind.parse(solver);
        PywrModel pywr = PywrModel.read(model);
        List<Path> written = CsvOutputs.write(pywr, PywrRun.run(pywr, lpSolver), out);
        written.forEach(file -> spec.commandLine().getOut().println("wrote " + file));
        return RiparianCommand.OK;
    }
}
