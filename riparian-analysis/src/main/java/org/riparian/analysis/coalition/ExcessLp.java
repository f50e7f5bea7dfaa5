package org.riparian.analysis.coalition;

import java.util.List;
import java.util.Map;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.engine.lp.SolverKind;

/**
 * The LP behind the least core and every stage of the nucleolus: find shares {@code x} of the grand coalition's value
 * and the smallest ε such that no open coalition's excess v(S) − x(S) exceeds ε, while the coalitions already settled
 * keep the excess they were fixed at. Rows read {@code excess[KAZ+KGZ]}: x(S) + ε ≥ v(S).
 */
final class ExcessLp implements AutoCloseable {

    private final Game game;
    private final LinearSolver lp;
    private final int[] shareColumns;
    private final int epsilonColumn;

    /**
     * @param open coalitions whose excess is bounded by ε
     * @param settled coalitions whose excess is fixed, with that excess
     * @param individuallyRational whether each share is held at or above what the player gets alone (imputations)
     */
    ExcessLp(Game game, SolverKind solver, List<Integer> open, Map<Integer, Double> settled, boolean individuallyRational) {
        this.game = game;
        this.lp = solver.create();
        int n = game.size();
        shareColumns = new int[n];
        for (int i = 0; i < n; i++) {
            double lower = individuallyRational ? game.value(Game.singleton(i)) : Double.NEGATIVE_INFINITY;
            shareColumns[i] = lp.addColumn("share[" + game.players().get(i) + "]", lower, Double.POSITIVE_INFINITY);
        }
        epsilonColumn = lp.addColumn("epsilon", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        addShares(game.grand(), "efficiency", game.grandValue(), game.grandValue());
        for (int coalition : open) {
            int row = addShares(coalition, "excess", game.value(coalition), Double.POSITIVE_INFINITY);
            lp.setCoefficient(row, epsilonColumn, 1);
        }
        settled.forEach((coalition, excess) -> addShares(coalition, "settled", game.value(coalition) - excess,
                game.value(coalition) - excess));
    }

    private int addShares(int coalition, String kind, double lower, double upper) {
        int row = lp.addRow(kind + "[" + String.join("+", game.members(coalition)) + "]", lower, upper);
        for (int i = 0; i < game.size(); i++) {
            if (Game.contains(coalition, i)) {
                lp.setCoefficient(row, shareColumns[i], 1);
            }
        }
        return row;
    }

    /** The smallest ε; the shares that reach it are read with {@link #shares()}. */
    double minimiseEpsilon() {
        lp.setCost(epsilonColumn, 1);
        solveOptimal("the least excess");
        return lp.value(epsilonColumn);
    }

    /** With ε held at {@code epsilon}, the most a coalition can be given: if that still leaves it at ε, its excess is settled. */
    double mostFor(int coalition, double epsilon) {
        lp.setCost(epsilonColumn, 0);
        lp.setColumnBounds(epsilonColumn, epsilon, epsilon);
        for (int i = 0; i < game.size(); i++) {
            lp.setCost(shareColumns[i], Game.contains(coalition, i) ? -1 : 0);
        }
        solveOptimal("the largest share of " + game.members(coalition));
        return -lp.objectiveValue();
    }

    double[] shares() {
        double[] shares = new double[game.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = lp.value(shareColumns[i]);
        }
        return shares;
    }

    private void solveOptimal(String what) {
        SolveStatus status = lp.solve();
        if (status != SolveStatus.OPTIMAL) {
            throw new IllegalStateException("the LP for " + what + " ended " + status + ":\n" + lp.toLpFormat());
        }
    }

    @Override
    public void close() {
        lp.close();
    }
}
