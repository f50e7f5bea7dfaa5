package org.riparian.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the files a basin file names (CSV series), by their names relative to the basin file. */
@FunctionalInterface
public interface SeriesFiles {

    InputStream open(String relativeName) throws IOException;

    /** Files in the basin file's directory (or below it). */
    static SeriesFiles beside(Path basinFile) {
        Path directory = basinFile.toAbsolutePath().getParent();
        return name -> Files.newInputStream(directory.resolve(name));
    }

    /** Classpath resources next to a basin file shipped as a resource, e.g. {@code /org/riparian/model/aral/aral.yaml}. */
    static SeriesFiles besideResource(Class<?> anchor, String basinResource) {
        String directory = basinResource.substring(0, basinResource.lastIndexOf('/') + 1);
        return name -> {
            InputStream in = anchor.getResourceAsStream(directory + name);
            if (in == null) {
                throw new IOException("no resource " + directory + name);
            }
            return in;
        };
    }
}
