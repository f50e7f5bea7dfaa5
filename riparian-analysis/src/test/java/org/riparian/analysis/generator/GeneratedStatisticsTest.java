package org.riparian.analysis.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.series.Climatology;

/**
 * 1,000 generated years against the statistics they were generated from. Each calendar month gives 1,000 nearly
 * independent values (the same month one year apart is correlated by the product of twelve lag-1 correlations,
 * below 0.1 here), so the sampling errors are those of n = 1,000 draws; every bound below is 4.5 standard errors,
 * which a correct generator misses with probability about 7e-6 per figure, about 0.1% over the 144 figures checked.
 */
class GeneratedStatisticsTest {

    private static final int YEARS = 1_000;
    private static final double SE_COUNT = 4.5;

    /** Three Syr Darya headwaters with their shipped climatologies: snow-and-glacier, snow, and mixed regimes. */
    private static final List<String> IDS = List.of("naryn_inflow", "karadarya_inflow", "charvak_inflow");
    private static final double[][] CROSS = {{1, 0.6, 0.5}, {0.6, 1, 0.7}, {0.5, 0.7, 1}};

    private static List<Site> sites() {
        List<Site> all = TraceHydrology.sites(AralBasin.load().network());
        return IDS.stream().map(id -> all.stream().filter(site -> site.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    @Test
    void aThousandYearsKeepEveryMonthsMeanSdLag1AndCrossCorrelation() {
        List<Site> sites = sites();
        InflowGenerator generator = new InflowGenerator(sites, new CrossCorrelation(IDS, CROSS));
        assertThat(generator.crossCorrelationDamping()).as("these inputs need no damping").isZero();

        MonthlySample sample = new MonthlySample(generator.generate(YearMonth.of(2000, 1), 12 * YEARS, new SplittableRandom(7)));

        for (int s = 0; s < sites.size(); s++) {
            Climatology target = sites.get(s).climatology();
            for (int month = 0; month < 12; month++) {
                double mean = target.meanM3s()[month];
                double sd = target.sdM3s()[month];
                String where = IDS.get(s) + " month " + (month + 1);
                assertThat(sample.mean(s, month)).as(where + " mean").isCloseTo(mean, within(SE_COUNT * sd / Math.sqrt(YEARS)));
                assertThat(sample.sd(s, month)).as(where + " sd").isCloseTo(sd, within(SE_COUNT * sdStandardError(mean, sd)));
                double lag1 = target.lag1()[month];
                assertThat(sample.lag1(s, month)).as(where + " lag-1").isCloseTo(lag1, within(SE_COUNT * correlationStandardError(lag1)));
                for (int other = 0; other < s; other++) {
                    assertThat(sample.cross(s, other, month)).as(where + " with " + IDS.get(other))
                            .isCloseTo(CROSS[s][other], within(SE_COUNT * correlationStandardError(CROSS[s][other])));
                }
            }
        }
    }

    @Test
    void flowsArePositiveAndAllSitesAreGenerated() {
        InflowGenerator generator = new InflowGenerator(sites(), new CrossCorrelation(IDS, CROSS));
        Trace trace = generator.generate(YearMonth.of(2026, 10), 36, new SplittableRandom(1));
        assertThat(trace.sites()).isEqualTo(IDS);
        assertThat(trace.months()).isEqualTo(36);
        for (double[] flows : trace.flowsM3s()) {
            assertThat(Arrays.stream(flows).min().orElseThrow()).isPositive();
            assertThat(Arrays.stream(flows).allMatch(Double::isFinite)).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        InflowGenerator generator = new InflowGenerator(sites(), new CrossCorrelation(IDS, CROSS));
        Trace first = generator.generate(YearMonth.of(2026, 10), 12, new SplittableRandom(42));
        Trace again = generator.generate(YearMonth.of(2026, 10), 12, new SplittableRandom(42));
        assertThat(again.flowsM3s()).isDeepEqualTo(first.flowsM3s());
    }

    /**
     * Standard error of a sample standard deviation: √((κ − 1) / 4n)·σ with κ the kurtosis of the log-normal flow,
     * e^{4s²} + 2e^{3s²} + 3e^{2s²} − 3 for s the sd of its logarithm; heavier tails than the normal's κ = 3 make
     * the sample sd less certain.
     */
    static double sdStandardError(double mean, double sd) {
        double s2 = Math.log1p((sd / mean) * (sd / mean));
        double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
        return sd * Math.sqrt((kurtosis - 1) / (4.0 * YEARS));
    }

    /**
     * Standard error of a sample correlation, (1 − ρ²)/√n for normal pairs, widened by half again because skewed
     * log-normal pairs scatter more than normal ones (the asymptotic variance grows with the fourth moments). Not
     * bias: 40,000 generated years hold every correlation here within 0.01 of its target.
     */
    static double correlationStandardError(double correlation) {
        return 1.5 * (1 - correlation * correlation) / Math.sqrt(YEARS);
    }
}
