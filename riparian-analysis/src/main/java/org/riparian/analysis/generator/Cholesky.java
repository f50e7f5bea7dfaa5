package org.riparian.analysis.generator;

/**
 * The lower-triangular factor L with L·Lᵀ = C of a correlation matrix. A matrix that is not positive definite (an
 * innovation correlation that no AR(1) can reach exactly) is first shrunk towards the identity, by as little as needed,
 * so that generation always works; {@link #shrinkage()} says by how much the correlations were damped.
 */
final class Cholesky {

    private static final double[] SHRINKAGE_STEPS = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1};

    private final double[][] lower;
    private final double shrinkage;

    private Cholesky(double[][] lower, double shrinkage) {
        this.lower = lower;
        this.shrinkage = shrinkage;
    }

    static Cholesky of(double[][] correlation) {
        for (double shrinkage : SHRINKAGE_STEPS) {
            double[][] lower = factor(shrunk(correlation, shrinkage));
            if (lower != null) {
                return new Cholesky(lower, shrinkage);
            }
        }
        throw new IllegalStateException("the identity matrix has no Cholesky factor");
    }

    /** Share by which off-diagonal correlations were pulled towards 0 (0: none). */
    double shrinkage() {
        return shrinkage;
    }

    /** L·e for independent standard normal {@code e}: correlated standard normals. */
    double[] correlate(double[] independent) {
        double[] correlated = new double[independent.length];
        for (int i = 0; i < lower.length; i++) {
            double sum = 0;
            for (int k = 0; k <= i; k++) {
                sum += lower[i][k] * independent[k];
            }
            correlated[i] = sum;
        }
        return correlated;
    }

    private static double[][] shrunk(double[][] correlation, double shrinkage) {
        int n = correlation.length;
        double[][] shrunk = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                shrunk[i][j] = i == j ? 1 : (1 - shrinkage) * correlation[i][j];
            }
        }
        return shrunk;
    }

    /** The factor, or null when the matrix is not (numerically) positive definite. */
    private static double[][] factor(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (sum <= 1e-10) {
                        return null;
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        return lower;
    }
}
