package org.riparian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a command's result files as one set: into a fresh folder beside the target first, then moved into place, so
 * an interrupted or failed run never leaves half a set.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** {@code files} maps file names to contents; {@code what} names the result in an error ("the plan"). */
    public static void writeAll(Path directory, Map<String, String> files, String what) {
        try {
            Path absolute = directory.toAbsolutePath();
            Files.createDirectories(absolute);
            Path staging = Files.createTempDirectory(absolute, ".riparian-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue());
            }
            for (String name : files.keySet()) {
                Files.move(staging.resolve(name), absolute.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + directory + ": " + e.getMessage(), e);
        }
    }
}
