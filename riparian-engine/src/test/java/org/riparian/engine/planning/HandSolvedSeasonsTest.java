package org.riparian.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.riparian.engine.TestBasin;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Place;
import org.riparian.model.network.Status;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** Seasons small enough to optimise on paper; the solution is worked out in each comment. Volumes hm³. */
class HandSolvedSeasonsTest {

    private static final Offset<Double> EXACT = within(1e-6);
    private static final PlanningOptions FREE_END = PlanningOptions.defaults().withEndStorage(EndStorage.FREE);

    private static Economy waterValues(Map<String, Double> values) {
        return new Economy(values, Optional.empty(), Map.of());
    }

    private static double delivered(PlanningResult result, int step, String demand) {
        return result.allocation().intakeHm3()[step][result.allocation().nodeIndex(demand)];
    }

    @Test
    void storedWaterGoesToTheStepWhereItIsWorthMore() {
        // 20 stored, no inflow; 'early' needs 20 on day 1 at 0.05 US$/m3, 'late' 20 on day 2 at 0.10: all 20 wait for
        // day 2. Benefit 20 hm3 x 0.10 US$/m3 = 2.0 million US$ (a myopic simulation would have served 'early').
        Network network = new TestBasin().inflow("none", 0, 0).reservoir("dam", 0, 100, 20).junction("j")
                .demand("early", 1, 20, 0).demand("late", 1, 0, 20)
                .link("none", "dam").link("dam", "j").link("j", "early").link("j", "late").build();
        PlanningResult result = Planning.run(network, waterValues(Map.of("early", 0.05, "late", 0.10)), TestBasin.days(2),
                FREE_END, Progress.NONE);
        assertThat(delivered(result, 0, "early")).isCloseTo(0, EXACT);
        assertThat(delivered(result, 1, "late")).isCloseTo(20, EXACT);
        assertThat(result.benefits().get("UZB").irrigationMusd()).isCloseTo(2.0, EXACT);
        assertThat(result.allocation().worstRelativeImbalance()).isLessThan(1e-6);
    }

    @Test
    void twoReservoirsShareTheSeasonByValue() {
        // two reservoirs of 20 each feed one junction; 'early' needs 30 on day 1 at 0.05 US$/m3, 'late' 30 on day 2 at
        // 0.10. 40 in all: 'late' is served in full (30) and the 10 left go to 'early' on day 1.
        // Benefit 30 x 0.10 + 10 x 0.05 = 3.5 million US$; both reservoirs end empty.
        Network network = new TestBasin().inflow("none_a", 0, 0).inflow("none_b", 0, 0).reservoir("upper", 0, 50, 20)
                .reservoir("side", 0, 50, 20).junction("j").demand("early", 1, 30, 0).demand("late", 1, 0, 30)
                .link("none_a", "upper").link("none_b", "side").link("upper", "j").link("side", "j").link("j", "early")
                .link("j", "late").build();
        PlanningResult result = Planning.run(network, waterValues(Map.of("early", 0.05, "late", 0.10)), TestBasin.days(2),
                FREE_END, Progress.NONE);
        assertThat(delivered(result, 0, "early")).isCloseTo(10, EXACT);
        assertThat(delivered(result, 1, "late")).isCloseTo(30, EXACT);
        assertThat(result.benefits().get("UZB").irrigationMusd()).isCloseTo(3.5, EXACT);
        double left = result.allocation().storageEndHm3()[1][result.allocation().nodeIndex("upper")]
                + result.allocation().storageEndHm3()[1][result.allocation().nodeIndex("side")];
        assertThat(left).isCloseTo(0, EXACT);
    }

    @Test
    void endOfSeasonTargetKeepsTheWaterUnlessTheEndIsFree() {
        // 50 stored, no inflow, a demand of 30 worth 0.05 US$/m3. Ending below the initial 50 costs 1 US$/m3, more
        // than the water is worth: nothing is delivered. With a free end all 30 are delivered and 20 remain.
        Network network = new TestBasin().inflow("none", 0).reservoir("dam", 0, 100, 50).demand("fields", 2, 30)
                .link("none", "dam").link("dam", "fields").build();
        Economy economy = waterValues(Map.of("fields", 0.05));
        PlanningResult kept = Planning.run(network, economy, TestBasin.days(1), PlanningOptions.defaults(), Progress.NONE);
        PlanningResult free = Planning.run(network, economy, TestBasin.days(1), FREE_END, Progress.NONE);
        assertThat(delivered(kept, 0, "fields")).isCloseTo(0, EXACT);
        assertThat(delivered(free, 0, "fields")).isCloseTo(30, EXACT);
        assertThat(free.allocation().storageEndHm3()[0][free.allocation().nodeIndex("dam")]).isCloseTo(20, EXACT);
    }

    @Test
    void hydropowerRunsWhenElectricityIsWorthMoreUpToItsTurbines() {
        // 100 hm3 stored, no inflow, free end; a plant with a fixed head of 100 m and efficiency 1 makes
        // 2.725e-3 x 100 = 0.2725 GWh per hm3. Energy is worth 50 US$/MWh in January, 20 in February.
        // The turbines take at most 60 hm3 in January (22.4014 m3/s x 31 days): January 60, February 40.
        // Energy 16.35 GWh and 10.9 GWh; benefit 16.35 x 50/1000 + 10.9 x 20/1000 = 1.0355 million US$.
        Place kgz = new Place("KGZ", "test");
        double turbineM3s = 60e6 / (31 * 86_400.0);
        Network network = new TestBasin().inflow("none", 0, 0).reservoir("dam", 0, 200, 100)
                .node(new Hydropower("plant", kgz, Status.EXISTING, turbineM3s, 1.0, 1000, Optional.empty(), Optional.empty(),
                        Optional.of(100.0)))
                .terminal("sea").link("none", "dam").link("dam", "plant").link("plant", "sea").build();
        double[] winter = {50, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 50};
        double[] plenty = new double[12];
        java.util.Arrays.fill(plenty, 1e6);
        Economy economy = new Economy(Map.of(), Optional.empty(),
                Map.of("KGZ", new CountryEnergy("KGZ", new MonthlyValues(plenty), new MonthlyValues(winter), 0)));
        TimeAxis januaryFebruary = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1));
        Network monthly = monthlyInflow(network);
        PlanningResult result = Planning.run(monthly, economy, januaryFebruary, FREE_END, Progress.NONE);
        int plant = result.allocation().nodeIndex("plant");
        assertThat(result.allocation().intakeHm3()[0][plant]).isCloseTo(60, within(1e-5));
        assertThat(result.allocation().intakeHm3()[1][plant]).isCloseTo(40, within(1e-5));
        assertThat(result.allocation().energyGwh()[0][plant]).isCloseTo(16.35, within(1e-5));
        assertThat(result.allocation().energyGwh()[1][plant]).isCloseTo(10.9, within(1e-5));
        assertThat(result.benefits().get("KGZ").energyMusd()).isCloseTo(1.0355, within(1e-6));
    }

    /** The test basin's daily inflow series start in April; this one needs no inflow in January and February. */
    private static Network monthlyInflow(Network network) {
        List<org.riparian.model.network.Node> nodes = network.nodes().stream()
                .map(node -> node instanceof org.riparian.model.network.Inflow inflow
                        ? inflow.withSeries(org.riparian.model.series.MonthlyProfile.constant(0)) : node)
                .toList();
        return new Network(nodes, network.links(), network.agreements());
    }

    @Test
    void withoutStorageTheSeasonLpAllocatesAsTheStepByStepSimulation() {
        // No reservoir, so foresight has nothing to move: priority 1 first (6 of 6), priority 2 the rest (4 of 10).
        Network network = new TestBasin().inflow("river", 10, 10).junction("j").demand("town", 1, 6, 6)
                .demand("fields", 2, 10, 10).link("river", "j").link("j", "town").link("j", "fields").build();
        PlanningResult planned = Planning.run(network, Economy.none(), TestBasin.days(2), FREE_END, Progress.NONE);
        var simulated = org.riparian.engine.simulation.Simulation.run(network, TestBasin.days(2));
        for (int day = 0; day < 2; day++) {
            assertThat(delivered(planned, day, "town")).isCloseTo(simulated.deliveredHm3(day, simulated.nodeIndex("town")), EXACT);
            assertThat(delivered(planned, day, "fields")).isCloseTo(4, EXACT);
        }
    }
}
