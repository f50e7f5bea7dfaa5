package org.riparian.analysis.forecast;

import java.util.List;

/** Ordinary least squares with an intercept, by the normal equations: forecasts have a handful of predictors at most. */
final class LeastSquares {

    private LeastSquares() {
    }

    /** Coefficients {@code [intercept, b1, …, bp]} fitted to the samples. */
    static double[] fit(List<Sample> samples, int predictorCount) {
        int p = predictorCount + 1;
        if (samples.size() <= p) {
            throw new IllegalArgumentException("a regression on " + predictorCount + " predictor(s) needs more than " + p
                    + " years, got " + samples.size());
        }
        double[][] normal = normalEquations(samples, p);
        for (Sample sample : samples) {
            double[] row = design(sample.predictors());
            for (int i = 0; i < p; i++) {
                normal[i][p] += row[i] * sample.volumeHm3();
            }
        }
        return solve(normal);
    }

    static double predict(double[] coefficients, double[] predictors) {
        double[] row = design(predictors);
        double value = 0;
        for (int i = 0; i < row.length; i++) {
            value += coefficients[i] * row[i];
        }
        return value;
    }

    /** The leverage xᵀ(XᵀX)⁻¹x of a new point x: how far it lies from the training years, in their own spread. */
    static double leverage(List<Sample> samples, double[] predictors) {
        double[] x = design(predictors);
        double[][] normal = normalEquations(samples, x.length);
        for (int i = 0; i < x.length; i++) {
            normal[i][x.length] = x[i];
        }
        double[] solved = solve(normal);
        double leverage = 0;
        for (int i = 0; i < x.length; i++) {
            leverage += x[i] * solved[i];
        }
        return leverage;
    }

    /** XᵀX in the first p columns of a p×(p+1) matrix; the last column is left for the right-hand side. */
    private static double[][] normalEquations(List<Sample> samples, int p) {
        double[][] normal = new double[p][p + 1];
        for (Sample sample : samples) {
            double[] row = design(sample.predictors());
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    normal[i][j] += row[i] * row[j];
                }
            }
        }
        return normal;
    }

    private static double[] design(double[] predictors) {
        double[] row = new double[predictors.length + 1];
        row[0] = 1;
        System.arraycopy(predictors, 0, row, 1, predictors.length);
        return row;
    }

    /** Gaussian elimination with partial pivoting on an augmented p×(p+1) matrix. */
    private static double[] solve(double[][] augmented) {
        int p = augmented.length;
        double scale = 0;
        for (double[] row : augmented) {
            for (int j = 0; j < p; j++) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int row = col + 1; row < p; row++) {
                if (Math.abs(augmented[row][col]) > Math.abs(augmented[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(augmented[pivot][col]) <= 1e-12 * scale) {
                throw new IllegalArgumentException("the predictors are collinear or constant: no unique regression");
            }
            double[] swap = augmented[col];
            augmented[col] = augmented[pivot];
            augmented[pivot] = swap;
            for (int row = col + 1; row < p; row++) {
                double factor = augmented[row][col] / augmented[col][col];
                for (int k = col; k <= p; k++) {
                    augmented[row][k] -= factor * augmented[col][k];
                }
            }
        }
        double[] solution = new double[p];
        for (int row = p - 1; row >= 0; row--) {
            double sum = augmented[row][p];
            for (int k = row + 1; k < p; k++) {
                sum -= augmented[row][k] * solution[k];
            }
            solution[row] = sum / augmented[row][row];
        }
        return solution;
    }
}
