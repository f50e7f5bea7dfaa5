package org.riparian.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands whose report prints either as a table or as the JSON it writes. */
public final class ReportFormat {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** Whether standard output gets the JSON; a command asks before it runs, so a wrong format costs no run. */
    public boolean json() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new IllegalArgumentException("unknown format '" + format + "', expected table or json");
        };
    }
}
