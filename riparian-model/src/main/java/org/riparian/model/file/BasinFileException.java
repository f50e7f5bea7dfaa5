package org.riparian.model.file;

import java.util.List;
import java.util.stream.Collectors;
import org.riparian.model.RiparianException;

/** A basin file that could not be read; carries every problem found, not just the first. */
public class BasinFileException extends RiparianException {

    private final transient List<BasinProblem> problems;

    public BasinFileException(List<BasinProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<BasinProblem> problems() {
        return problems;
    }

    private static String summary(List<BasinProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return count + " in basin file:\n" + problems.stream().map(BasinProblem::toString).collect(Collectors.joining("\n"));
    }
}
