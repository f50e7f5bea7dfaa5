package org.riparian.analysis.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.engine.lp.SolverKind;

/** Games whose solutions are known in closed form, worked out in the comments. */
class TextbookGamesTest {

    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-6);

    /**
     * v(A) = v(B) = v(C) = 0, v(AB) = 20, v(AC) = 30, v(BC) = 40, v(ABC) = 60.
     *
     * <p>Shapley, weights 1/3 for the empty and the two-player predecessor sets, 1/6 for one predecessor:
     * A: (20 − 0)/6 + (30 − 0)/6 + (60 − 40)/3 = 15; B: 20/6 + 40/6 + (60 − 30)/3 = 20; C: 30/6 + 40/6 + (60 − 20)/3 = 25.
     *
     * <p>Nucleolus: with x(N) = 60 the pair excesses are e(AB) = x_C − 40, e(AC) = x_B − 30, e(BC) = x_A − 20 and
     * they always sum to 60 − 90 = −30, so the largest is at least −10, reached only when all three are −10:
     * x = (10, 20, 30), singletons' excesses −10, −20, −30 below it. Both splits lie in the core (every excess ≤ 0).
     */
    @Test
    void threePlayerGame() {
        Game game = new Game(List.of("A", "B", "C"), new double[] {0, 0, 0, 20, 0, 30, 40, 60});
        assertThat(ShapleyValue.of(game)).containsExactly(new double[] {15, 20, 25}, EXACT);
        Nucleolus nucleolus = Nucleolus.of(game, SolverKind.GLOP);
        assertThat(nucleolus.shares()).containsExactly(new double[] {10, 20, 30}, EXACT);
        assertThat(nucleolus.overImputations()).isTrue();
        assertThat(Core.check(game, ShapleyValue.of(game)).inCore()).isTrue();
        assertThat(Core.leastCore(game, SolverKind.GLOP).epsilon()).isCloseTo(-10, EXACT);
    }

    /**
     * Airport game (Littlechild and Owen): planes needing runways costing 6, 12 and 24; a coalition pays for the
     * longest runway its members need, v(S) = −max c_i. Shapley shares each runway segment equally among those who
     * use it: 6/3 = 2 for A; 2 + (12 − 6)/2 = 5 for B; 5 + 12 = 17 for C.
     *
     * <p>Nucleolus (cost x_i, excess x(S) − c(S)): e(A) = x_A − 6 and e(BC) = −x_A depend on x_A alone, so the
     * largest excess is at least −3, at x_A = 3 (Littlechild's min(c_1/2, …)). With x_A = 3 fixed, e(AB) = x_B − 9
     * and e(AC) = −x_B meet at x_B = 4.5 (−4.5); x_C = 24 − 3 − 4.5 = 16.5.
     */
    @Test
    void airportGame() {
        Game game = new Game(List.of("A", "B", "C"), new double[] {0, -6, -12, -12, -24, -24, -24, -24});
        assertThat(ShapleyValue.of(game)).containsExactly(new double[] {-2, -5, -17}, EXACT);
        assertThat(Nucleolus.of(game, SolverKind.GLOP).shares()).containsExactly(new double[] {-3, -4.5, -16.5}, EXACT);
        assertThat(Core.isNonEmpty(game, SolverKind.GLOP)).isTrue();
    }

    /**
     * Three-player majority game: any two players get 1, one alone nothing. The pair constraints x_i + x_j ≥ 1 sum to
     * 2·x(N) ≥ 3 against x(N) = 1, so the core is empty. e(pair) = x of the third player, so the least core is
     * (1/3, 1/3, 1/3) with ε = 1/3, which is also the nucleolus and, by symmetry, the Shapley value; it is blocked by
     * a pair, by 1/3.
     */
    @Test
    void majorityGameHasAnEmptyCore() {
        Game game = new Game(List.of("A", "B", "C"), new double[] {0, 0, 0, 1, 0, 1, 1, 1});
        double third = 1.0 / 3;
        assertThat(Core.isNonEmpty(game, SolverKind.GLOP)).isFalse();
        assertThat(Core.leastCore(game, SolverKind.GLOP).epsilon()).isCloseTo(third, EXACT);
        assertThat(Nucleolus.of(game, SolverKind.GLOP).shares()).containsExactly(new double[] {third, third, third}, EXACT);
        Core.Check check = Core.check(game, ShapleyValue.of(game));
        assertThat(check.efficient()).isTrue();
        assertThat(check.inCore()).isFalse();
        assertThat(Integer.bitCount(check.blockingCoalition())).isEqualTo(2);
        assertThat(check.blockingExcess()).isCloseTo(third, EXACT);
    }

    /** A split that hands out less than the grand coalition has is blocked by the grand coalition itself. */
    @Test
    void aSplitBelowTheGrandValueIsBlockedByEveryoneTogether() {
        Game game = new Game(List.of("A", "B"), new double[] {0, 1, 1, 4});
        Core.Check check = Core.check(game, new double[] {1.5, 1.5});
        assertThat(check.efficient()).isFalse();
        assertThat(check.inCore()).isFalse();
        assertThat(check.blockingCoalition()).isEqualTo(game.grand());
        assertThat(check.blockingExcess()).isCloseTo(1, EXACT);
    }

    /** v(AB) = 1 < v(A) + v(B) = 2: merging loses 1; no imputation exists, so the prenucleolus splits the loss equally. */
    @Test
    void aSubadditivePairIsReportedAndGetsThePrenucleolus() {
        Game game = new Game(List.of("A", "B"), new double[] {0, 1, 1, 1});
        assertThat(game.superadditivityViolations(1e-9)).containsExactly(new Game.Shortfall(1, 2, 1));
        Nucleolus nucleolus = Nucleolus.of(game, SolverKind.GLOP);
        assertThat(nucleolus.overImputations()).isFalse();
        assertThat(nucleolus.shares()).containsExactly(new double[] {0.5, 0.5}, EXACT);
    }
}
