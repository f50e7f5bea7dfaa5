package org.riparian.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.LevelStorageArea;
import org.riparian.model.network.Link;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * A reservoir whose head falls as it empties: level 100 m + storage/10 (hm³), tailwater 100 m, so the head is a
 * tenth of the mean storage over the step. 600 hm³ stored, dead storage 100, turbines take 300 hm³ a month, energy
 * worth 30 US$/MWh in January and 40 in February. Energy = 2.725e-3 · head · q GWh. Successive LP must find the
 * releases a brute-force search over a 1-hm³ grid finds, to within the grid's resolution.
 */
class SuccessiveLpTest {

    private static final Place KGZ = new Place("KGZ", "test");
    private static final double[] VALUE = {30, 40, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30};
    private static final TimeAxis JAN_FEB = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1));

    private static Network network() {
        LevelStorageArea curve = new LevelStorageArea(new double[] {100, 200}, new double[] {0, 1000}, new double[] {0, 0});
        double turbineM3s = 300e6 / (28 * 86_400.0);
        return new Network(List.of(
                new Inflow("none", KGZ, MonthlyProfile.constant(0)),
                new Reservoir("dam", KGZ, Status.EXISTING, 100, 1000, 600, curve, MonthlyValues.zero(), Optional.empty(), Optional.empty()),
                new Hydropower("plant", KGZ, Status.EXISTING, turbineM3s, 1.0, 1e6, Optional.of("dam"), Optional.of(100.0), Optional.empty()),
                new Terminal("sea", KGZ, Optional.empty(), Optional.empty())),
                List.of(Link.of("none", "dam"), Link.of("dam", "plant"), Link.of("plant", "sea")), List.of());
    }

    private static Economy economy() {
        double[] plenty = new double[12];
        Arrays.fill(plenty, 1e9);
        return new Economy(Map.of(), Optional.empty(),
                Map.of("KGZ", new CountryEnergy("KGZ", new MonthlyValues(plenty), new MonthlyValues(VALUE), 0)));
    }

    /** The true, non-linear benefit of releasing q1 in January and q2 in February, million US$. */
    private static double benefit(double q1, double q2) {
        double mean1 = 600 - q1 / 2;
        double mean2 = 600 - q1 - q2 / 2;
        return (30 * q1 * mean1 / 10 + 40 * q2 * mean2 / 10) * 2.725e-3 / 1000;
    }

    @Test
    void convergesToTheBruteForceOptimum() {
        PlanningOptions options = PlanningOptions.defaults().withEndStorage(EndStorage.FREE);
        PlanningResult result = Planning.run(network(), economy(), JAN_FEB, options, Progress.NONE);
        int plant = result.allocation().nodeIndex("plant");
        double q1 = result.allocation().intakeHm3()[0][plant];
        double q2 = result.allocation().intakeHm3()[1][plant];
        double best = 0;
        for (int january = 0; january <= 300; january++) {
            for (int february = 0; february <= Math.min(300, 500 - january); february++) {
                best = Math.max(best, benefit(january, february));
            }
        }
        assertThat(result.convergence().converged()).isTrue();
        assertThat(result.convergence().iterations()).isLessThan(10);
        assertThat(benefit(q1, q2)).isGreaterThanOrEqualTo(best * (1 - 1e-3));
        // the plan's own energy accounting uses the head of its final trajectory, so it equals the true benefit
        assertThat(result.benefits().get("KGZ").energyMusd()).isCloseTo(benefit(q1, q2), org.assertj.core.data.Offset.offset(1e-3 * best));
    }
}
