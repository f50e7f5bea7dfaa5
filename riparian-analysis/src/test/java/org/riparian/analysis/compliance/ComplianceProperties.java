package org.riparian.analysis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of compliance on the hand-built July for any observations, and of statuses for any tolerance. */
class ComplianceProperties {

    private static final LocalDate D1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 7, 11);
    private static final LocalDate D3 = LocalDate.of(2026, 7, 21);

    /** Allowing more slack never makes a status worse: met stays met, within tolerance never becomes breached. */
    @Property
    void moreToleranceNeverWorsensAStatus(@ForAll @DoubleRange(min = 0, max = 500) double observed,
            @ForAll @DoubleRange(min = 0.1, max = 500) double agreed, @ForAll @DoubleRange(min = 0, max = 1) double tolerance,
            @ForAll @DoubleRange(min = 0, max = 1) double more, @ForAll boolean floor) {
        Status.Bound bound = floor ? Status.Bound.AT_LEAST : Status.Bound.AT_MOST;
        Status strict = Status.of(observed, agreed, bound, tolerance);
        Status loose = Status.of(observed, agreed, bound, Math.min(1, tolerance + more));
        assertThat(loose.ordinal()).isLessThanOrEqualTo(strict.ordinal());
        if (strict == Status.MET) {
            assertThat(floor ? observed >= agreed - 1e-9 * agreed : observed <= agreed + 1e-9 * agreed).isTrue();
        }
    }

    /**
     * Whatever the border gauge, the dam, the lateral inflow and the ditch report in decade 2, the shortfall at border is
     * the plan's own shortfall plus the upstream parts plus the unexplained rest; and the cumulative sums add up the
     * decades observed and count the rest as missing.
     */
    @Property(tries = 200)
    void theShortfallAlwaysClosesAndCumulativeSumsAddTheObservedDecades(@ForAll @DoubleRange(min = 0, max = 94) double border,
            @ForAll @DoubleRange(min = 0, max = 150) double dam, @ForAll @DoubleRange(min = 0, max = 50) double lateral,
            @ForAll @DoubleRange(min = 0, max = 40) double ditch, @ForAll boolean firstObserved, @ForAll boolean thirdObserved) {
        HandBuiltSeasonTest.Observed observed = new HandBuiltSeasonTest.Observed();
        observed.flow("border", ObservedDecades.Flow.DISCHARGE, D2, border).flow("dam", ObservedDecades.Flow.RELEASE, D2, dam)
                .flow("lateral", ObservedDecades.Flow.DISCHARGE, D2, lateral).flow("ditch", ObservedDecades.Flow.WITHDRAWAL, D2, ditch);
        if (firstObserved) {
            observed.flow("border", ObservedDecades.Flow.DISCHARGE, D1, 105);
        }
        if (thirdObserved) {
            observed.flow("border", ObservedDecades.Flow.DISCHARGE, D3, 120);
        }
        Track track = Compliance.of("july", HandBuiltSeason.plan(), observed, D3).agreements().get(0);

        Attribution attribution = track.attributions().stream().filter(a -> a.decade().equals("2026-07-2")).findFirst().orElseThrow();
        double parts = attribution.parts().stream().mapToDouble(Attribution.Part::hm3).sum();
        assertThat(attribution.plannedShortfallHm3() + parts + attribution.unexplainedHm3()).isCloseTo(attribution.shortfallHm3(), within(1e-9));
        Cumulative cumulative = track.cumulative().orElseThrow();
        List<DecadeLine> seen = track.decades().stream().filter(line -> line.observedHm3().isPresent()).toList();
        assertThat(cumulative.decadesCompared()).isEqualTo(seen.size());
        assertThat(cumulative.decadesMissing()).isEqualTo(3 - seen.size());
        assertThat(cumulative.observedHm3().orElseThrow())
                .isCloseTo(seen.stream().mapToDouble(line -> line.observedHm3().get()).sum(), within(1e-9));
        assertThat(cumulative.agreedHm3().orElseThrow()).isCloseTo(seen.stream().mapToDouble(line -> line.agreedHm3().get()).sum(), within(1e-9));
    }
}
