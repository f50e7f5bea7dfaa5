package org.riparian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;
import picocli.CommandLine.Option;

/** The {@code --basin FILE} option shared by the commands: a basin file, or the shipped Aral Sea basin. */
public final class BasinChoice {

    @Option(names = "--basin", paramLabel = "FILE", description = "Basin file (YAML or JSON); default: the shipped Aral Sea basin.")
    Optional<Path> file = Optional.empty();

    public Basin load() {
        if (file.isEmpty()) {
            return AralBasin.load();
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("basin file " + path + " does not exist or is not a file");
        }
        return BasinFileReader.read(path);
    }

    public String label() {
        return file.map(Path::toString).orElse("shipped Aral Sea basin");
    }
}
