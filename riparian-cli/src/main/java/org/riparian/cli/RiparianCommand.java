package org.riparian.cli;

import java.io.PrintWriter;
import org.riparian.cli.coalition.ShapleyCommand;
import org.riparian.cli.compliance.ComplianceCommand;
import org.riparian.cli.compliance.ReportCommand;
import org.riparian.cli.ensemble.EnsembleCommand;
import org.riparian.cli.exchange.ExchangeCommand;
import org.riparian.cli.forecast.ForecastCommand;
import org.riparian.cli.plan.PlanCommand;
import org.riparian.cli.pywr.PywrCommand;
import org.riparian.cli.serve.ServeCommand;
import org.riparian.cli.validate.ValidateCommand;
import org.riparian.engine.allocation.InfeasibleStepException;
import org.riparian.model.RiparianException;
import org.riparian.model.file.BasinFileException;
import org.riparian.model.file.BasinProblem;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code riparian} command. Exit codes: 0 ok, 2 invalid input, 3 infeasible model, 1 internal error. */
@Command(name = "riparian", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Share a transboundary river basin: seasonal allocation plans on a network model.",
        subcommands = {PlanCommand.class, ExchangeCommand.class, ShapleyCommand.class, EnsembleCommand.class, ForecastCommand.class,
                PywrCommand.class, ComplianceCommand.class, ReportCommand.class, ValidateCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class RiparianCommand implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int INFEASIBLE = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; the exit code is returned, never thrown. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RiparianCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(RiparianCommand::exitCode);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> report(exception, line, debug(parsed)));
        commandLine.getCommandSpec().exitCodeOnInvalidInput(INVALID_INPUT);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(INVALID_INPUT));
        return commandLine.execute(args);
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        return parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof InfeasibleStepException) {
            return INFEASIBLE;
        }
        if (exception instanceof RiparianException || exception instanceof IllegalArgumentException
                || exception instanceof NotFoundException || exception instanceof InvalidInputException
                || exception instanceof CommandLine.ParameterException
                || exception instanceof java.io.UncheckedIOException) {
            return INVALID_INPUT;
        }
        return INTERNAL_ERROR;
    }

    /** One readable message per failure; the stack trace only with --debug. */
    private static int report(Exception exception, CommandLine line, boolean debug) {
        PrintWriter err = line.getErr();
        if (exception instanceof BasinFileException invalid) {
            invalid.problems().stream().map(BasinProblem::toString).forEach(err::println);
        } else if (exitCode(exception) == INTERNAL_ERROR) {
            err.println("riparian: internal error: " + exception + " (run with --debug for the stack trace)");
        } else {
            err.println("riparian: " + exception.getMessage());
        }
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode(exception);
    }
}
