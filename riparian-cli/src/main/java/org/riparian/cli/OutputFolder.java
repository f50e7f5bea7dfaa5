package org.riparian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
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
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        writeAllBytes(directory, bytes, what);
    }

    /** As {@link #writeAll} for files that are not all text, such as a PDF beside its CSV. */
    public static void writeAllBytes(Path directory, Map<String, byte[]> files, String what) {
        try {
            Path absolute = directory.toAbsolutePath();
            Files.createDirectories(absolute);
            Path staging = Files.createTempDirectory(absolute, ".riparian-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(staging.resolve(file.getKey()), file.getValue());
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
