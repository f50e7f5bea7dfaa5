package org.riparian.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reliability, resilience and vulnerability worked out by hand on short shortage sequences (need 10 hm³ a step). */
class ShortageTallyTest {

    private static final double[] NEED = {10, 10, 10, 10, 10, 10};

    @Test
    void aSequenceWithTwoShortSpells() {
        // short, short, ok, short, ok, ok: 3 short steps of 6; of the 3, two are followed by an ok step.
        ShortageTally tally = ShortageTally.of(new double[] {2, 4, 0, 6, 0, 0}, NEED);
        assertThat(tally.reliability()).isCloseTo(0.5, within(1e-12));
        assertThat(tally.resilience()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(tally.meanShortageHm3()).isCloseTo(4, within(1e-12));
        assertThat(tally.worstShortageHm3()).isEqualTo(6);
        assertThat(tally.meanShortageShare()).isCloseTo(0.4, within(1e-12));
        assertThat(tally.worstShare()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void aShortageInTheLastStepHasNoNextStepToEndIn() {
        // only the last step is short: reliability 5/6, and no shortage could recover within the run.
        ShortageTally tally = ShortageTally.of(new double[] {0, 0, 0, 0, 0, 5}, NEED);
        assertThat(tally.reliability()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(tally.resilience()).isNull();
        assertThat(tally.meanShortageHm3()).isEqualTo(5);
    }

    @Test
    void neverShortIsFullyReliableWithNoVulnerability() {
        ShortageTally tally = ShortageTally.of(new double[6], NEED);
        assertThat(tally.reliability()).isEqualTo(1);
        assertThat(tally.resilience()).isNull();
        assertThat(tally.meanShortageHm3()).isZero();
        assertThat(tally.worstShortageHm3()).isZero();
    }

    @Test
    void alwaysShortNeverRecovers() {
        ShortageTally tally = ShortageTally.of(new double[] {1, 1, 1, 1, 1, 1}, NEED);
        assertThat(tally.reliability()).isZero();
        assertThat(tally.resilience()).isZero();
    }

    @Test
    void solverRoundOffIsNotAShortage() {
        ShortageTally tally = ShortageTally.of(new double[] {1e-9, 5e-6, 0, 0, 0, 0}, NEED);
        assertThat(tally.reliability()).isEqualTo(1);
    }

    @Test
    void tracesAddUpButNoRecoveryIsCountedAcrossTheirBoundary() {
        // Trace A ends short, trace B starts fine: had they been one sequence, A's last shortage would have "recovered".
        ShortageTally a = ShortageTally.of(new double[] {0, 0, 3}, new double[] {10, 10, 10});
        ShortageTally b = ShortageTally.of(new double[] {0, 8, 0}, new double[] {10, 10, 10});
        ShortageTally both = a.plus(b);
        assertThat(both.steps()).isEqualTo(6);
        assertThat(both.reliability()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(both.resilience()).isEqualTo(1.0);
        assertThat(both.meanShortageHm3()).isCloseTo(5.5, within(1e-12));
        assertThat(both.worstShortageHm3()).isEqualTo(8);
        assertThat(both.plus(ShortageTally.NONE)).isEqualTo(both);
    }
}
