package org.riparian.cli.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.riparian.cli.RiparianCommand;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.file.BasinProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code riparian validate FILE}: every problem of a basin file, one per line, as FILE:LINE: path: message. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a basin file and report every problem as FILE:LINE: path.to.field: what is wrong, what was expected.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The basin file (YAML or JSON).")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(file + ": no such file");
            return RiparianCommand.INVALID_INPUT;
        }
        List<BasinProblem> problems = BasinFileReader.validate(file);
        problems.forEach(problem -> spec.commandLine().getErr().println(problem));
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(file + ": valid");
            return RiparianCommand.OK;
        }
        spec.commandLine().getErr().println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return RiparianCommand.INVALID_INPUT;
    }
}
