package org.riparian.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.riparian.model.basin.Basin;

/**
 * Reads a basin file (YAML, or JSON when the name ends in {@code .json}) into a {@link Basin}, or reports every problem
 * found as {@code FILE:LINE: path.to.field: what is wrong, what was expected}. The format is docs/basin-format.md.
 */
public final class BasinFileReader {

    private BasinFileReader() {
    }

    /** The basin in {@code file}; CSV series it names are read relative to it. */
    public static Basin read(Path file) {
        return orThrow(load(file));
    }

    /** A basin from a stream, e.g. a classpath resource; {@code displayName} names it in problems and picks the format. */
    public static Basin read(String displayName, InputStream in, SeriesFiles files) {
        return orThrow(load(displayName, in, files));
    }

    /** A basin shipped as a classpath resource, e.g. {@code readResource(Basins.class, "aral/aral.yaml")}. */
    public static Basin readResource(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new BasinFileException(List.of(new BasinProblem(resource, 1, "", "no such resource beside " + anchor.getName()
                    + ", expected a basin file on the classpath")));
        }
        try (in) {
            return read(resource.substring(resource.lastIndexOf('/') + 1), in, SeriesFiles.besideResource(anchor, resource));
        } catch (IOException e) {
            throw new BasinFileException(List.of(new BasinProblem(resource, 1, "", "cannot be read: " + e.getMessage())));
        }
    }

    /** Every problem in {@code file}, or none when it reads into a basin. */
    public static List<BasinProblem> validate(Path file) {
        return load(file).problems().list();
    }

    public static List<BasinProblem> validate(String displayName, InputStream in, SeriesFiles files) {
        return load(displayName, in, files).problems().list();
    }

    private record Outcome(Optional<Basin> basin, Problems problems) {
    }

    private static Outcome load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in, SeriesFiles.beside(file));
        } catch (IOException e) {
            Problems problems = new Problems(file.toString());
            problems.add(1, "", "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "), expected a readable basin file");
            return new Outcome(Optional.empty(), problems);
        }
    }

    private static Outcome load(String displayName, InputStream in, SeriesFiles files) {
        Problems problems = new Problems(displayName);
        boolean json = displayName.toLowerCase(Locale.ROOT).endsWith(".json");
        Optional<Basin> basin = TreeParser.parse(in, json, problems)
                .flatMap(tree -> new BasinAssembler(files).basin(Field.root(tree, problems)));
        return new Outcome(problems.isEmpty() ? basin : Optional.empty(), problems);
    }

    private static Basin orThrow(Outcome outcome) {
        if (outcome.basin().isEmpty()) {
            throw new BasinFileException(outcome.problems().list());
        }
        return outcome.basin().get();
    }
}
