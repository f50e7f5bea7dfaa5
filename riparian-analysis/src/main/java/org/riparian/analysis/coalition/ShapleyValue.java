package org.riparian.analysis.coalition;

/**
 * The Shapley value: each player's marginal contribution v(S ∪ {i}) − v(S) averaged over every order in which the
 * players could join, which weighs a coalition S not holding i by |S|! (n − |S| − 1)! / n!.
 */
public final class ShapleyValue {

    private ShapleyValue() {
    }

    public static double[] of(Game game) {
        int n = game.size();
        double[] weightBySize = new double[n];
        for (int size = 0; size < n; size++) {
            weightBySize[size] = factorial(size) * factorial(n - size - 1) / factorial(n);
        }
        double[] shares = new double[n];
        for (int coalition = 0; coalition <= game.grand(); coalition++) {
            int size = Integer.bitCount(coalition);
            for (int i = 0; i < n; i++) {
                if (!Game.contains(coalition, i)) {
                    double marginal = game.value(coalition | Game.singleton(i)) - game.value(coalition);
                    shares[i] += weightBySize[size] * marginal;
                }
            }
        }
        return shares;
    }

    private static double factorial(int k) {
        double result = 1;
        for (int i = 2; i <= k; i++) {
            result *= i;
        }
        return result;
    }
}
