package org.riparian.analysis.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    /** L·Lᵀ, read column by column through correlate(unit vector). */
    private static double[][] product(Cholesky cholesky, int n) {
        double[][] columns = new double[n][];
        for (int k = 0; k < n; k++) {
            double[] unit = new double[n];
            unit[k] = 1;
            columns[k] = cholesky.correlate(unit);
        }
        double[][] product = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    product[i][j] += columns[k][i] * columns[k][j];
                }
            }
        }
        return product;
    }

    @Test
    void aPositiveDefiniteMatrixIsFactoredAsItIs() {
        double[][] matrix = {{1, 0.5, 0.2}, {0.5, 1, 0.3}, {0.2, 0.3, 1}};
        Cholesky cholesky = Cholesky.of(matrix);
        assertThat(cholesky.shrinkage()).isZero();
        double[][] product = product(cholesky, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(product[i]).containsExactly(matrix[i], within(1e-12));
        }
    }

    @Test
    void anImpossibleMatrixIsShrunkByTheLeastThatMakesItPositiveDefinite() {
        // a and b alike, a and c alike, but b and c opposite: no three variables can do that. The off-diagonal part
        // has eigenvalues -1.8, 0.9, 0.9, so the matrix shrunk by s has smallest eigenvalue 1 - 1.8·(1 - s), which
        // turns positive just above s = 1 - 1/1.8 = 0.4444.
        double[][] matrix = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
        Cholesky cholesky = Cholesky.of(matrix);
        assertThat(cholesky.shrinkage()).isCloseTo(1 - 1 / 1.8, within(1e-5));
        double[][] product = product(cholesky, 3);
        assertThat(product[0][1]).isCloseTo(0.9 * (1 - cholesky.shrinkage()), within(1e-12));
        assertThat(product[1][2]).isCloseTo(-0.9 * (1 - cholesky.shrinkage()), within(1e-12));
    }
}
