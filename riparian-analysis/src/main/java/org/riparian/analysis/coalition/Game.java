package org.riparian.analysis.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cooperative game with transferable utility: what each coalition of players can secure on its own. A coalition is
 * a bit mask over the players (bit {@code i} is {@code players().get(i)}); the empty coalition is worth nothing.
 */
public final class Game {

    /** Beyond this many players the 2ⁿ coalitions are no longer something to run one engine plan each for. */
    public static final int MAX_PLAYERS = 16;

    private final List<String> players;
    private final double[] values;

    /** {@code valueByCoalition[mask]} is v(mask); entry 0 must be 0. */
    public Game(List<String> players, double[] valueByCoalition) {
        if (players.isEmpty() || players.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException("a game needs 1 to " + MAX_PLAYERS + " players, got " + players.size());
        }
        if (Set.copyOf(players).size() != players.size()) {
            throw new IllegalArgumentException("players must be distinct: " + players);
        }
        if (valueByCoalition.length != 1 << players.size()) {
            throw new IllegalArgumentException("expected " + (1 << players.size()) + " coalition values, got " + valueByCoalition.length);
        }
        if (valueByCoalition[0] != 0) {
            throw new IllegalArgumentException("the empty coalition is worth 0, got " + valueByCoalition[0]);
        }
        this.players = List.copyOf(players);
        this.values = valueByCoalition.clone();
    }

    public List<String> players() {
        return players;
    }

    public int size() {
        return players.size();
    }

    public double value(int coalition) {
        return values[coalition];
    }

    /** The coalition of all players. */
    public int grand() {
        return (1 << players.size()) - 1;
    }

    public double grandValue() {
        return values[grand()];
    }

    public static int singleton(int player) {
        return 1 << player;
    }

    public static boolean contains(int coalition, int player) {
        return (coalition & (1 << player)) != 0;
    }

    /** The coalition of these players, by name. */
    public int coalition(Iterable<String> members) {
        int mask = 0;
        for (String member : members) {
            int index = players.indexOf(member);
            if (index < 0) {
                throw new IllegalArgumentException("'" + member + "' is not a player of " + players);
            }
            mask |= 1 << index;
        }
        return mask;
    }

    public List<String> members(int coalition) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if (contains(coalition, i)) {
                members.add(players.get(i));
            }
        }
        return members;
    }

    /** What a payoff vector gives a coalition's members together. */
    public static double payoff(double[] payoff, int coalition) {
        double total = 0;
        for (int i = 0; i < payoff.length; i++) {
            if (contains(coalition, i)) {
                total += payoff[i];
            }
        }
        return total;
    }

    /** How much more a coalition can secure alone than the payoff gives it (positive: the payoff is unstable for it). */
    public double excess(double[] payoff, int coalition) {
        return values[coalition] - payoff(payoff, coalition);
    }

    /**
     * Every pair of disjoint coalitions that would lose by merging, v(S ∪ T) &lt; v(S) + v(T) by more than
     * {@code tolerance}. A game computed from engine runs is not superadditive by construction, so this is reported.
     */
    public List<Shortfall> superadditivityViolations(double tolerance) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int s = 1; s <= grand(); s++) {
            for (int t = s + 1; t <= grand(); t++) {
                double shortfall = values[s] + values[t] - values[s | t];
                if ((s & t) == 0 && shortfall > tolerance) {
                    shortfalls.add(new Shortfall(s, t, shortfall));
                }
            }
        }
        return shortfalls;
    }

    /** Two disjoint coalitions whose union is worth {@code shortfall} less than the two apart. */
    public record Shortfall(int first, int second, double shortfall) {
    }

    /** A tolerance for comparing values of this game: a millionth of its largest value, at least 1e-9. */
    public double tolerance() {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return Math.max(1e-9, 1e-6 * largest);
    }
}
