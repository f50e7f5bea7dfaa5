package org.riparian.analysis.coalition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.engine.lp.SolverKind;

/**
 * The nucleolus: the split that makes the largest excess v(S) − x(S) as small as possible, then the next largest,
 * and so on (Schmeidler). Found as a sequence of LPs (Maschler, Peleg and Shapley): each stage minimises the largest
 * excess ε of the coalitions still open; a coalition whose excess cannot fall below ε in any optimal split is settled
 * at ε; the stages end when the settled coalitions leave a single split. It lies in the core whenever the core is not
 * empty. Over imputations (no player below what it gets alone) when such splits exist, otherwise over all efficient
 * splits (the prenucleolus), which {@link #overImputations()} tells.
 */
public record Nucleolus(double[] shares, boolean overImputations) {

    public static Nucleolus of(Game game, SolverKind solver) {
        boolean imputations = sumOfSingletons(game) <= game.grandValue() + game.tolerance();
        if (game.size() == 1) {
            return new Nucleolus(new double[] {game.grandValue()}, imputations);
        }
        List<Integer> open = Core.properCoalitions(game);
        Map<Integer, Double> settled = new LinkedHashMap<>();
        Span span = new Span(game.size());
        span.add(game.grand());
        double[] shares;
        do {
            try (ExcessLp lp = new ExcessLp(game, solver, open, settled, imputations)) {
                double epsilon = lp.minimiseEpsilon();
                shares = lp.shares();
                for (int coalition : settledThisStage(game, lp, open, shares, epsilon)) {
                    open.remove(Integer.valueOf(coalition));
                    // a coalition whose shares the settled ones already determine adds no row, only rounding conflicts
                    if (span.add(coalition)) {
                        settled.put(coalition, epsilon);
                    }
                }
            }
        } while (span.rank() < game.size() && !open.isEmpty());
        return new Nucleolus(shares, imputations);
    }

    /** The open coalitions at ε in this split whose excess no optimal split lowers; all at ε should rounding find none. */
    private static List<Integer> settledThisStage(Game game, ExcessLp lp, List<Integer> open, double[] shares, double epsilon) {
        double tolerance = game.tolerance();
        List<Integer> atEpsilon = new ArrayList<>();
        for (int coalition : open) {
            if (game.excess(shares, coalition) >= epsilon - tolerance) {
                atEpsilon.add(coalition);
            }
        }
        List<Integer> settled = new ArrayList<>();
        for (int coalition : atEpsilon) {
            if (game.value(coalition) - lp.mostFor(coalition, epsilon) >= epsilon - tolerance) {
                settled.add(coalition);
            }
        }
        return settled.isEmpty() ? atEpsilon : settled;
    }

    private static double sumOfSingletons(Game game) {
        double total = 0;
        for (int i = 0; i < game.size(); i++) {
            total += game.value(Game.singleton(i));
        }
        return total;
    }

    /** The linear span of coalitions' 0/1 member vectors, kept in row-echelon form. */
    private static final class Span {

        private final int players;
        private final List<double[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Span(int players) {
            this.players = players;
        }

        /** Adds a coalition's vector; false when it lies in the span already. */
        boolean add(int coalition) {
            double[] vector = new double[players];
            for (int i = 0; i < players; i++) {
                vector[i] = Game.contains(coalition, i) ? 1 : 0;
            }
            for (int r = 0; r < rows.size(); r++) {
                double factor = vector[pivots.get(r)];
                for (int i = 0; i < players; i++) {
                    vector[i] -= factor * rows.get(r)[i];
                }
            }
            for (int pivot = 0; pivot < players; pivot++) {
                if (Math.abs(vector[pivot]) > 1e-9) {
                    double scale = vector[pivot];
                    for (int i = 0; i < players; i++) {
                        vector[i] /= scale;
                    }
                    rows.add(vector);
                    pivots.add(pivot);
                    return true;
                }
            }
            return false;
        }

        int rank() {
            return rows.size();
        }
    }
}
