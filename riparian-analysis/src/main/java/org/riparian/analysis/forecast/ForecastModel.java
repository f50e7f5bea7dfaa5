package org.riparian.analysis.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear regression of the vegetation-season volume on predictors known before 1 April, with its skill: R² of the
 * fit, and R² and RMSE of leave-one-out cross-validation (each year predicted by the model fitted without it), which
 * is the skill to expect of a forecast for a year the model has not seen.
 */
public record ForecastModel(List<String> predictors, double[] coefficients, List<Sample> samples, double fittedR2,
        double crossValidatedR2, double crossValidatedRmseHm3, double residualSdHm3) {

    public ForecastModel {
        predictors = List.copyOf(predictors);
        coefficients = coefficients.clone();
        samples = List.copyOf(samples);
    }

    public static ForecastModel fit(List<String> predictors, List<Sample> samples) {
        for (Sample sample : samples) {
            if (sample.predictors().length != predictors.size()) {
                throw new IllegalArgumentException("year " + sample.year() + " has " + sample.predictors().length
                        + " predictor values, expected " + predictors.size() + " (" + String.join(", ", predictors) + ")");
            }
        }
        double[] coefficients = LeastSquares.fit(samples, predictors.size());
        double mean = samples.stream().mapToDouble(Sample::volumeHm3).average().orElseThrow();
        double total = 0;
        double residual = 0;
        double press = 0;
        for (int k = 0; k < samples.size(); k++) {
            Sample sample = samples.get(k);
            total += square(sample.volumeHm3() - mean);
            residual += square(sample.volumeHm3() - LeastSquares.predict(coefficients, sample.predictors()));
            List<Sample> others = new ArrayList<>(samples);
            others.remove(k);
            double[] without = LeastSquares.fit(others, predictors.size());
            press += square(sample.volumeHm3() - LeastSquares.predict(without, sample.predictors()));
        }
        int degreesOfFreedom = samples.size() - predictors.size() - 1;
        return new ForecastModel(predictors, coefficients, samples, 1 - residual / total, 1 - press / total,
                Math.sqrt(press / samples.size()), Math.sqrt(residual / degreesOfFreedom));
    }

    /**
     * The forecast for a year with these predictor values. The prediction error's sd is s·√(1 + h) with s the
     * residual sd and h the new year's leverage, so a year unlike the training years gets a wider spread.
     */
    public VolumeForecast forecast(double[] predictorValues) {
        if (predictorValues.length != predictors.size()) {
            throw new IllegalArgumentException("got " + predictorValues.length + " predictor values, expected " + predictors.size());
        }
        double expected = LeastSquares.predict(coefficients, predictorValues);
        double sd = residualSdHm3 * Math.sqrt(1 + LeastSquares.leverage(samples, predictorValues));
        return VolumeForecast.normal(expected, sd);
    }

    public int years() {
        return samples.size();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    private static double square(double value) {
        return value * value;
    }
}
