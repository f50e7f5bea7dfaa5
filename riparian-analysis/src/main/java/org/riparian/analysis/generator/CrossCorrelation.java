package org.riparian.analysis.generator;

import java.util.List;

/**
 * The correlation between the same month's flows at different inflows (lag 0, real flows), one matrix for every
 * month. Rows and columns follow {@code sites}.
 */
public record CrossCorrelation(List<String> sites, double[][] matrix) {

    private static final double SYMMETRY_TOLERANCE = 1e-9;

    public CrossCorrelation {
        sites = List.copyOf(sites);
        matrix = copy(matrix);
        if (matrix.length != sites.size()) {
            throw new IllegalArgumentException("cross-correlation has " + matrix.length + " rows for " + sites.size() + " sites");
        }
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != sites.size()) {
                throw new IllegalArgumentException("cross-correlation row " + sites.get(i) + " has " + matrix[i].length
                        + " values, expected " + sites.size());
            }
            if (matrix[i][i] != 1) {
                throw new IllegalArgumentException("cross-correlation of " + sites.get(i) + " with itself is " + matrix[i][i]
                        + ", expected 1");
            }
            for (int j = 0; j < i; j++) {
                requirePair(sites, matrix, i, j);
            }
        }
    }

    /** Every pair of sites correlated by {@code correlation}: the simple regional assumption when no matrix is known. */
    public static CrossCorrelation uniform(List<String> sites, double correlation) {
        double[][] matrix = new double[sites.size()][sites.size()];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix.length; j++) {
                matrix[i][j] = i == j ? 1 : correlation;
            }
        }
        return new CrossCorrelation(sites, matrix);
    }

    public double between(int i, int j) {
        return matrix[i][j];
    }

    public int size() {
        return sites.size();
    }

    @Override
    public double[][] matrix() {
        return copy(matrix);
    }

    private static void requirePair(List<String> sites, double[][] matrix, int i, int j) {
        double value = matrix[i][j];
        if (!(value >= -1 && value <= 1)) {
            throw new IllegalArgumentException("cross-correlation of " + sites.get(i) + " and " + sites.get(j) + " is " + value
                    + ", expected a correlation from -1 to 1");
        }
        if (Math.abs(value - matrix[j][i]) > SYMMETRY_TOLERANCE) {
            throw new IllegalArgumentException("cross-correlation of " + sites.get(i) + " and " + sites.get(j)
                    + " is not symmetric: " + value + " vs " + matrix[j][i]);
        }
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
