package org.riparian.analysis.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.riparian.engine.lp.SolverKind;

/** The Shapley axioms and the nucleolus' place in the core, on random games of two to five players. */
class GameAxiomsProperties {

    private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-6);

    @Property
    void shapleyIsEfficient(@ForAll("games") Game game) {
        double total = 0;
        for (double share : ShapleyValue.of(game)) {
            total += share;
        }
        assertThat(total).isCloseTo(game.grandValue(), CLOSE);
    }

    /** Players 0 and 1 made interchangeable: v(S) averaged with v of S with 0 and 1 swapped. */
    @Property
    void symmetricPlayersGetTheSame(@ForAll("games") Game game) {
        double[] values = new double[game.grand() + 1];
        for (int s = 0; s <= game.grand(); s++) {
            values[s] = (game.value(s) + game.value(swapFirstTwo(s))) / 2;
        }
        double[] shapley = ShapleyValue.of(new Game(game.players(), values));
        assertThat(shapley[0]).isCloseTo(shapley[1], CLOSE);
    }

    /** The last player made null: every coalition is worth what it is worth without that player. */
    @Property
    void aNullPlayerGetsNothing(@ForAll("games") Game game) {
        int last = game.size() - 1;
        double[] values = new double[game.grand() + 1];
        for (int s = 0; s <= game.grand(); s++) {
            values[s] = game.value(s & ~Game.singleton(last));
        }
        assertThat(ShapleyValue.of(new Game(game.players(), values))[last]).isCloseTo(0, CLOSE);
    }

    @Property
    void shapleyIsAdditive(@ForAll("pairsOfGames") List<Game> pair) {
        Game first = pair.get(0);
        Game second = pair.get(1);
        double[] sum = new double[first.grand() + 1];
        for (int s = 0; s <= first.grand(); s++) {
            sum[s] = first.value(s) + second.value(s);
        }
        double[] ofSum = ShapleyValue.of(new Game(first.players(), sum));
        double[] a = ShapleyValue.of(first);
        double[] b = ShapleyValue.of(second);
        for (int i = 0; i < ofSum.length; i++) {
            assertThat(ofSum[i]).isCloseTo(a[i] + b[i], CLOSE);
        }
    }

    @Property(tries = 200)
    void theNucleolusIsInTheCoreWhenThereIsOne(@ForAll("gamesWithACore") Game game) {
        assertThat(Core.isNonEmpty(game, SolverKind.GLOP)).isTrue();
        assertThat(Core.check(game, Nucleolus.of(game, SolverKind.GLOP).shares()).inCore()).isTrue();
    }

    /** The nucleolus minimises the largest excess first, so its largest excess is the least-core ε, core or not. */
    @Property(tries = 200)
    void theNucleolusReachesTheLeastCore(@ForAll("superadditiveGames") Game game) {
        Nucleolus nucleolus = Nucleolus.of(game, SolverKind.GLOP);
        Core.Check check = Core.check(game, nucleolus.shares());
        assertThat(check.efficient()).isTrue();
        assertThat(nucleolus.overImputations()).isTrue();
        assertThat(Math.max(0, check.blockingExcess()))
                .isCloseTo(Math.max(0, Core.leastCore(game, SolverKind.GLOP).epsilon()), within(1e-5));
    }

    private static int swapFirstTwo(int coalition) {
        int first = coalition & 1;
        int second = (coalition >> 1) & 1;
        return (coalition & ~3) | (first << 1) | second;
    }

    @Provide
    Arbitrary<Game> games() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> values(n).map(values -> new Game(players(n), values)));
    }

    @Provide
    Arbitrary<List<Game>> pairsOfGames() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(values(n), values(n))
                .as((a, b) -> List.of(new Game(players(n), a), new Game(players(n), b))));
    }

    /** Games built around a split x that no coalition can beat: v(S) = x(S) − slack with slack ≥ 0, v(N) = x(N). */
    @Provide
    Arbitrary<Game> gamesWithACore() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-50, 100).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0, 30).array(double[].class).ofSize(1 << n)).as((split, slack) -> {
                    double[] values = new double[1 << n];
                    for (int s = 1; s < values.length; s++) {
                        values[s] = Game.payoff(split, s) - (s == values.length - 1 ? 0 : slack[s]);
                    }
                    return new Game(players(n), values);
                }));
    }

    /** Superadditive games: a random additive part plus a synergy that grows with the square of a coalition's size. */
    @Provide
    Arbitrary<Game> superadditiveGames() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0, 10).array(double[].class).ofSize(1 << n)).as((alone, noise) -> {
                    double[] values = new double[1 << n];
                    for (int s = 1; s < values.length; s++) {
                        int size = Integer.bitCount(s);
                        // (size − 1)·20 grows faster than noise can take away, so v(S ∪ T) ≥ v(S) + v(T)
                        values[s] = Game.payoff(alone, s) + (size - 1) * (size - 1) * 20 + (size > 1 ? noise[s] : 0);
                    }
                    return new Game(players(n), values);
                }));
    }

    private static Arbitrary<double[]> values(int n) {
        return Arbitraries.doubles().between(-100, 100).array(double[].class).ofSize(1 << n).map(values -> {
            values[0] = 0;
            return values;
        });
    }

    private static List<String> players(int n) {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add("P" + i);
        }
        return players;
    }
}
