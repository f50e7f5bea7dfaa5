package org.riparian.analysis.compliance;

import java.util.Optional;

/**
 * A track summed over the decades to date that have an observation (like for like: a missing decade is left out of
 * the agreed and planned sums too, and counted in {@code decadesMissing}). {@code observedHm3} and {@code agreedHm3}
 * are absent when no decade was observed (the agreed sum also when nothing was agreed); {@code status} is absent when
 * nothing was agreed, and no data when nothing was observed.
 */
public record Cumulative(Optional<Double> agreedHm3, double plannedHm3, Optional<Double> observedHm3, int decadesCompared,
        int decadesMissing, Optional<Status> status) {

    public Optional<Double> againstAgreedPercent() {
        return agreedHm3.filter(agreed -> agreed != 0).flatMap(agreed -> observedHm3.map(observed -> 100 * (observed - agreed) / agreed));
    }

    public Optional<Double> againstPlanPercent() {
        return plannedHm3 == 0 ? Optional.empty() : observedHm3.map(observed -> 100 * (observed - plannedHm3) / plannedHm3);
    }
}
