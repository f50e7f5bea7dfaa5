package org.riparian.analysis.compliance;

import java.util.List;
import java.util.stream.Stream;

/**
 * Compliance of a season through one decade: every water agreement's track by decade, every energy delivery's by
 * month, and the tracks of the canals and reservoirs the bulletin lists. {@code synthetic} when any observation used
 * came from a generated data set.
 */
public record ComplianceReport(String season, String throughDecade, List<Track> agreements, List<EnergyTrack> energy, List<Track> canals,
        List<Track> reservoirs, boolean synthetic) {

    public ComplianceReport {
        agreements = List.copyOf(agreements);
        energy = List.copyOf(energy);
        canals = List.copyOf(canals);
        reservoirs = List.copyOf(reservoirs);
    }

    /** The energy months to date that are breached, with their delivery, in season order per delivery. */
    public List<EnergyBreach> energyBreaches() {
        return energy.stream().flatMap(track -> track.months().stream()
                .filter(line -> line.status().filter(status -> status == Status.BREACHED).isPresent())
                .map(line -> new EnergyBreach(track, line))).toList();
    }

    /** Whether anything at all was observed: a decade of any track or a month of any delivery. */
    public boolean anyObserved() {
        return Stream.of(agreements, canals, reservoirs).flatMap(List::stream).flatMap(track -> track.decades().stream())
                .anyMatch(line -> line.observedHm3().isPresent())
                || energy.stream().flatMap(track -> track.months().stream()).anyMatch(line -> line.observedGwh().isPresent());
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

    /** A breached month of an energy delivery. */
    public record EnergyBreach(EnergyTrack delivery, MonthLine line) {
    }
}
