package org.riparian.cli.pywr;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.riparian.cli.OutputFolder;
import org.riparian.cli.RiparianCommand;
import org.riparian.pywr.BasinConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code riparian pywr convert MODEL.json --to basin.yaml}: the model as a basin file. What has no basin-file form is
 * an error listing every such node, parameter and section, and nothing is written; what maps but may allocate
 * differently (costs the priority engine does not weigh) is printed as warnings and the file is written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write a Pywr v2 model as a Riparian basin file (flows as hm3/day, volumes as hm3).")
public final class PywrConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "The Pywr v2 JSON model; its CSV inputs are read relative to it.")
    Path model;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The basin file to write (YAML).")
    Path to;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BasinConversion.Result result = BasinConversion.convert(model);
        Path target = to.toAbsolutePath();
        OutputFolder.writeAll(target.getParent(), Map.of(target.getFileName().toString(), result.yaml()),
                "the basin file");
        result.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        spec.commandLine().getOut().println("wrote " + to + (result.warnings().isEmpty() ? ""
                : " (" + result.warnings().size() + " warning(s): its run may allocate differently from Pywr's)"));
        return RiparianCommand.OK;
    }
}
