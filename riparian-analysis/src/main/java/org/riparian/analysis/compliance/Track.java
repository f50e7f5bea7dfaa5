package org.riparian.analysis.compliance;

import java.util.List;
import java.util.Optional;
import org.riparian.model.agreement.Terms;

/**
 * One agreement, or one station without an agreement, followed decade by decade. {@code kind} is the agreement's kind
 * (withdrawal-limit, minimum-flow, ...) or, for a station, what it measures (canal-withdrawal, reservoir-release,
 * reservoir-volume); {@code basin} the river basin it lies in (a withdrawal limit's own, else its stations');
 * {@code measuredAt} the stations read. {@code unit} is "hm3" for a volume per decade and
 * "hm3 stored" for a reservoir's storage; {@code terms} its period and tolerance (strict for a station). {@code cumulative} is absent for storage, which does not add up.
 */
public record Track(String id, String kind, String basin, String description, List<String> parties, List<String> measuredAt, Status.Bound bound,
        Terms terms, String unit, List<DecadeLine> decades, Optional<Cumulative> cumulative,
        List<Attribution> attributions) {

    public Track {
        parties = List.copyOf(parties);
        measuredAt = List.copyOf(measuredAt);
        decades = List.copyOf(decades);
        attributions = List.copyOf(attributions);
    }

    /** Whether the track follows an agreement (and so has statuses) rather than a station alone. */
    public boolean agreed() {
        return decades.stream().anyMatch(line -> line.status().isPresent());
    }

    /** The line of one decade, by its label such as 2026-07-2. */
    public Optional<DecadeLine> decade(String label) {
        return decades.stream().filter(line -> line.decade().equals(label)).findFirst();
    }
}
