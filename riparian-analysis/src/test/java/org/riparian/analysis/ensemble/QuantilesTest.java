package org.riparian.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        // 0..100 in any order: the p-quantile is 100·p exactly.
        double[] values = new double[101];
        for (int k = 0; k <= 100; k++) {
            values[k] = (k * 37) % 101;
        }
        Quantiles quantiles = Quantiles.of(values);
        assertThat(quantiles.min()).isZero();
        assertThat(quantiles.p05()).isCloseTo(5, within(1e-12));
        assertThat(quantiles.p25()).isCloseTo(25, within(1e-12));
        assertThat(quantiles.p50()).isCloseTo(50, within(1e-12));
        assertThat(quantiles.p95()).isCloseTo(95, within(1e-12));
        assertThat(quantiles.max()).isEqualTo(100);
        assertThat(quantiles.mean()).isCloseTo(50, within(1e-12));
    }

    @Test
    void betweenTwoValuesTheMedianIsHalfway() {
        assertThat(Quantiles.of(new double[] {4, 2}).p50()).isEqualTo(3);
        assertThat(Quantiles.of(new double[] {7}).p05()).isEqualTo(7);
    }
}
