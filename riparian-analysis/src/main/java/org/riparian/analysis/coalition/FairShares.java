package org.riparian.analysis.coalition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.engine.lp.SolverKind;

/**
 * What a negotiator reads off a game: the Shapley value and the nucleolus, whether the core is empty (and the
 * least-core ε), and for each sharing rule its split, whether the split is in the core (else which coalition blocks it
 * and by how much), and the transfers that turn the cooperative outcome, each player's benefit under the joint plan,
 * into that split. Also whether merging coalitions ever loses value, which a computed game does not promise.
 */
public record FairShares(Game game, double[] shapley, Nucleolus nucleolus, Core.LeastCore leastCore, boolean coreNonEmpty,
        List<Rule> rules, List<Game.Shortfall> superadditivityViolations) {

    public static final String SHAPLEY = "shapley";
    public static final String NUCLEOLUS = "nucleolus";
    public static final String EQUAL_GAINS = "equal gains";
    public static final String WATER_USE = "proportional to water use";
    public static final String USER_TABLE = "user table";

    /** A split (million US$ per player, in the game's order), its core check, and what each player receives. */
    public record Rule(String name, double[] split, Core.Check core, double[] transferReceivedMusd, List<Payment> payments) {
    }

    /** Money one player pays another to reach a split, million US$. */
    public record Payment(String from, String to, double musd) {
    }

    /**
     * @param cooperativeMusd each player's benefit under the grand coalition's plan
     * @param waterUseHm3 each player's water use under that plan, for the proportional rule (left out when all zero)
     * @param userSplit a split the user proposes, if any
     */
    public static FairShares of(Game game, Map<String, Double> cooperativeMusd, Map<String, Double> waterUseHm3,
            Optional<Map<String, Double>> userSplit, SolverKind solver) {
        double[] shapley = ShapleyValue.of(game);
        Nucleolus nucleolus = Nucleolus.of(game, solver);
        Core.LeastCore leastCore = Core.leastCore(game, solver);
        double[] cooperative = inGameOrder(game, cooperativeMusd, "cooperative outcome");
        Map<String, double[]> splits = new LinkedHashMap<>();
        splits.put(SHAPLEY, shapley);
        splits.put(NUCLEOLUS, nucleolus.shares());
        splits.put(EQUAL_GAINS, equalGains(game));
        proportional(game, inGameOrder(game, waterUseHm3, "water use")).ifPresent(split -> splits.put(WATER_USE, split));
        userSplit.ifPresent(split -> splits.put(USER_TABLE, inGameOrder(game, split, "the proposed split")));
        List<Rule> rules = new ArrayList<>();
        splits.forEach((name, split) -> rules.add(rule(game, name, split, cooperative)));
        return new FairShares(game, shapley, nucleolus, leastCore, leastCore.epsilon() <= game.tolerance(), rules,
                game.superadditivityViolations(game.tolerance()));
    }

    /** Each player gets its value alone plus an equal part of what cooperation adds. */
    static double[] equalGains(Game game) {
        double gain = game.grandValue();
        for (int i = 0; i < game.size(); i++) {
            gain -= game.value(Game.singleton(i));
        }
        double[] split = new double[game.size()];
        for (int i = 0; i < split.length; i++) {
            split[i] = game.value(Game.singleton(i)) + gain / game.size();
        }
        return split;
    }

    private static Optional<double[]> proportional(Game game, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        double[] split = new double[weights.length];
        for (int i = 0; i < split.length; i++) {
            split[i] = game.grandValue() * weights[i] / total;
        }
        return Optional.of(split);
    }

    private static Rule rule(Game game, String name, double[] split, double[] cooperative) {
        double[] received = new double[split.length];
        for (int i = 0; i < split.length; i++) {
            received[i] = split[i] - cooperative[i];
        }
        return new Rule(name, split, Core.check(game, split), received, payments(game, received));
    }

    /** Those below their split are paid what they are due by those above theirs, in proportion to each payer's surplus. */
    private static List<Payment> payments(Game game, double[] received) {
        double tolerance = game.tolerance();
        double owed = 0;
        for (double r : received) {
            owed += r < -tolerance ? -r : 0;
        }
        List<Payment> payments = new ArrayList<>();
        for (int to = 0; to < received.length; to++) {
            for (int from = 0; from < received.length; from++) {
                if (received[to] > tolerance && received[from] < -tolerance) {
                    payments.add(new Payment(game.players().get(from), game.players().get(to), received[to] * -received[from] / owed));
                }
            }
        }
        return payments;
    }

    private static double[] inGameOrder(Game game, Map<String, Double> byPlayer, String what) {
        double[] values = new double[game.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = byPlayer.get(game.players().get(i));
            if (value == null) {
                throw new IllegalArgumentException(what + " has no value for " + game.players().get(i));
            }
            values[i] = value;
        }
        return values;
    }

    public Rule rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule '" + name + "'"));
    }
}
