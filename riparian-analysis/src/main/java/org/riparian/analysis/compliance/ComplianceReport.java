package org.riparian.analysis.compliance;

import java.util.List;

/**
 * Compliance of a season through one decade: every agreement's track, and the tracks of the canals and reservoirs
 * the bulletin lists. {@code synthetic} when any observation used came from a generated data set.
 */
public record ComplianceReport(String season, String throughDecade, List<Track> agreements, List<Track> canals,
        List<Track> reservoirs, boolean synthetic) {

    public ComplianceReport {
        agreements = List.copyOf(agreements);
        canals = List.copyOf(canals);
        reservoirs = List.copyOf(reservoirs);
    }

    /** The agreement decades that are breached, with their agreement, in season order. */
    public List<Breach> breaches() {
        return agreements.stream().flatMap(track -> track.decades().stream()
                .filter(line -> line.status().filter(status -> status == Status.BREACHED).isPresent())
                .map(line -> new Breach(track, line))).toList();
    }

    /** A breached decade of an agreement. */
    public record Breach(Track agreement, DecadeLine line) {
    }
}
