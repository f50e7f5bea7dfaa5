package org.riparian.cli.compliance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code riparian report}: the reports water managers read; for now the decade bulletin. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports: the decade bulletin.",
        subcommands = {BulletinCommand.class})
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
