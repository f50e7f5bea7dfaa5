package org.riparian.cli.pywr;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code riparian pywr}: the group of Pywr interoperability commands. */
@Command(name = "pywr", mixinStandardHelpOptions = true,
        description = "Run Pywr v2 (pywr-next) JSON models on Riparian's cost allocation engine, or convert them to basin files.",
        subcommands = {PywrRunCommand.class, PywrConvertCommand.class, CommandLine.HelpCommand.class})
public final class PywrCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
