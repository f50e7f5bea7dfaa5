package org.riparian.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Synthetic years with a known relation: volume = 500 + 2·winter − 3·snow (+ noise of sd 10 hm³ where said). */
class ForecastModelTest {

    private static List<Sample> years(int count, double noiseSd, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> samples = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double winter = 100 + 50 * random.nextDouble();
            double snow = 20 + 10 * random.nextDouble();
            samples.add(new Sample(1950 + k, new double[] {winter, snow}, 500 + 2 * winter - 3 * snow + noiseSd * random.nextGaussian()));
        }
        return samples;
    }

    @Test
    void anExactRelationIsRecoveredWithPerfectSkill() {
        ForecastModel model = ForecastModel.fit(List.of("winter", "snow"), years(20, 0, 1));
        assertThat(model.coefficients()).containsExactly(new double[] {500, 2, -3}, within(1e-6));
        assertThat(model.fittedR2()).isCloseTo(1, within(1e-9));
        assertThat(model.crossValidatedR2()).isCloseTo(1, within(1e-9));
        assertThat(model.crossValidatedRmseHm3()).isCloseTo(0, within(1e-6));
        assertThat(model.forecast(new double[] {120, 25}).expectedHm3()).isCloseTo(500 + 240 - 75, within(1e-6));
    }

    @Test
    void leaveOneOutErrorsAreTheResidualsOverOneMinusLeverage() {
        // The PRESS identity of linear regression: refitting without year i leaves the error e_i / (1 − h_ii).
        List<Sample> samples = years(30, 10, 2);
        ForecastModel model = ForecastModel.fit(List.of("winter", "snow"), samples);
        double press = 0;
        for (Sample sample : samples) {
            double residual = sample.volumeHm3() - LeastSquares.predict(model.coefficients(), sample.predictors());
            press += Math.pow(residual / (1 - LeastSquares.leverage(samples, sample.predictors())), 2);
        }
        assertThat(model.crossValidatedRmseHm3()).isCloseTo(Math.sqrt(press / samples.size()), within(1e-6));
    }

    @Test
    void noisyYearsGiveTheNoiseAsErrorAndQuantilesThatCoverNewYears() {
        ForecastModel model = ForecastModel.fit(List.of("winter", "snow"), years(200, 10, 3));
        // With 200 years the residual sd estimates the noise sd 10 to within about 10/√400 = 0.5; four of those.
        assertThat(model.residualSdHm3()).isCloseTo(10, within(2.0));
        assertThat(model.crossValidatedRmseHm3()).isCloseTo(10, within(2.0));
        assertThat(model.crossValidatedR2()).isLessThanOrEqualTo(model.fittedR2());
        int inside = 0;
        List<Sample> fresh = years(2_000, 10, 4);
        for (Sample year : fresh) {
            VolumeForecast forecast = model.forecast(year.predictors());
            assertThat(forecast.quantilesHm3().get("p50")).isCloseTo(forecast.expectedHm3(), within(1e-9));
            if (year.volumeHm3() >= forecast.quantilesHm3().get("p05") && year.volumeHm3() <= forecast.quantilesHm3().get("p95")) {
                inside++;
            }
        }
        // 90% nominal coverage; the binomial sd over 2,000 years is 0.7%, the estimated sd adds a little: ±3%.
        assertThat(inside / 2_000.0).isCloseTo(0.90, within(0.03));
    }

    @Test
    void collinearPredictorsAreRefusedWithAReason() {
        List<Sample> samples = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            samples.add(new Sample(2000 + k, new double[] {k, 2 * k}, k));
        }
        assertThatThrownBy(() -> ForecastModel.fit(List.of("a", "b"), samples)).hasMessageContaining("collinear");
    }

    @Test
    void tooFewYearsAreRefused() {
        assertThatThrownBy(() -> ForecastModel.fit(List.of("winter", "snow"), years(3, 0, 1)))
                .hasMessageContaining("needs more than 3 years");
    }
}
