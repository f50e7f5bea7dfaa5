package org.riparian.analysis.forecast;

/** One year of the training record: its predictors (in the model's order) and the vegetation-season volume, hm³. */
public record Sample(int year, double[] predictors, double volumeHm3) {

    public Sample {
        predictors = predictors.clone();
    }

    @Override
    public double[] predictors() {
        return predictors.clone();
    }
}
