package org.riparian.analysis.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.riparian.engine.lp.SolverKind;

/**
 * The core: the splits of the grand coalition's value that no coalition can improve on by leaving. The least core
 * relaxes every coalition's claim by the same ε; the smallest such ε is positive exactly when the core is empty.
 */
public final class Core {

    private Core() {
    }

    /** The smallest ε, and a split that reaches it. */
    public record LeastCore(double epsilon, double[] split) {
    }

    /** Whether a split is in the core, and the coalition with most reason to leave it. */
    public record Check(boolean efficient, boolean inCore, int blockingCoalition, double blockingExcess) {
    }

    public static LeastCore leastCore(Game game, SolverKind solver) {
        if (game.size() == 1) {
            return new LeastCore(0, new double[] {game.grandValue()});
        }
        try (ExcessLp lp = new ExcessLp(game, solver, properCoalitions(game), Map.of(), false)) {
            double epsilon = lp.minimiseEpsilon();
            return new LeastCore(epsilon, lp.shares());
        }
    }

    public static boolean isNonEmpty(Game game, SolverKind solver) {
        return leastCore(game, solver).epsilon() <= game.tolerance();
    }

    /**
     * A split is in the core when it hands out exactly the grand coalition's value and no coalition's excess
     * v(S) − x(S) is positive; the blocking coalition is the one with the largest excess (the grand coalition
     * itself when the split hands out less than there is).
     */
    public static Check check(Game game, double[] split) {
        if (split.length != game.size()) {
            throw new IllegalArgumentException("a split needs one share per player, " + game.size() + ", got " + split.length);
        }
        double tolerance = game.tolerance();
        boolean efficient = Math.abs(game.excess(split, game.grand())) <= tolerance;
        int blocking = game.grand();
        double largest = game.excess(split, blocking);
        for (int coalition = 1; coalition < game.grand(); coalition++) {
            double excess = game.excess(split, coalition);
            if (excess > largest) {
                largest = excess;
                blocking = coalition;
            }
        }
        return new Check(efficient, efficient && largest <= tolerance, blocking, largest);
    }

    /** Every coalition but the empty and the grand one. */
    static List<Integer> properCoalitions(Game game) {
        List<Integer> coalitions = new ArrayList<>();
        for (int coalition = 1; coalition < game.grand(); coalition++) {
            coalitions.add(coalition);
        }
        return coalitions;
    }
}
