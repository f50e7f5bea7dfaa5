package org.riparian.analysis.generator;

/**
 * The lower-triangular factor L with L·Lᵀ = C of a correlation matrix. A matrix that is not positive definite (an
 * innovation correlation that no AR(1) can reach exactly) is first shrunk towards the identity, by as little as needed,
 * so that generation always works; {@link #shrinkage()} says by how much the correlations were damped.
 */
final class Cholesky {

    /** Bisection steps for the smallest shrinkage that works: 2⁻²⁰, far finer than correlations are known. */
    private static final int BISECTIONS = 20;

    private final double[][] lower;
    private final double shrinkage;

    private Cholesky(double[][] lower, double shrinkage) {
        this.lower = lower;
        this.shrinkage = shrinkage;
    }

    static Cholesky of(double[][] correlation) {
        double[][] lower = factor(correlation);
        if (lower != null) {
            return new Cholesky(lower, 0);
        }
        // Shrinking by 1 gives the identity, which always factors; bisect for the least shrinkage that does.
        double failing = 0;
        double working = 1;
        for (int step = 0; step < BISECTIONS; step++) {
            double middle = (failing + working) / 2;
            if (factor(shrunk(correlation, middle)) == null) {
                failing = middle;
            } else {
                working = middle;
            }
        }
        return new Cholesky(factor(shrunk(correlation, working)), working);
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
