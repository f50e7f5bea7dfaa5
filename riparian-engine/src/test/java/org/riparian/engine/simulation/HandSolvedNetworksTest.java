package org.riparian.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.riparian.engine.TestBasin;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Place;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** Networks small enough to solve on paper; the worked solution is in each test's comment. Volumes hm³ per day. */
class HandSolvedNetworksTest {

    private static final Offset<Double> EXACT = within(1e-6);

    private static SimulationResult run(Network network, int days) {
        SimulationResult result = Simulation.run(network, TestBasin.days(days));
        assertThat(result.worstRelativeImbalance()).isLessThan(1e-6);
        return result;
    }

    private static double delivered(SimulationResult result, int step, String demand) {
        return result.deliveredHm3(step, result.nodeIndex(demand));
    }

    @Test
    void takesRiverWaterBeforeStoredWater() {
        // river 5 and reservoir (50 stored) both reach demand 8: river gives 5, reservoir 3, storage ends at 47.
        Network network = new TestBasin().inflow("river", 5).reservoir("dam", 0, 100, 50).inflow("dam_in", 0)
                .junction("j").demand("d", 1, 8).terminal("sea")
                .link("dam_in", "dam").link("river", "j").link("dam", "j").link("j", "d").link("j", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "d")).isCloseTo(8, EXACT);
        assertThat(result.storageEndHm3()[0][result.nodeIndex("dam")]).isCloseTo(47, EXACT);
        assertThat(result.flowHm3()[0][result.linkIndex("j", "sea")]).isCloseTo(0, EXACT);
    }

    @Test
    void bottleneckLinkLimitsDelivery() {
        // 10 arrive; the link to the demand carries 4 of its need of 6: shortage 2, the other 6 go to the sea.
        Network network = new TestBasin().inflow("river", 10).junction("j").demand("d", 1, 6).terminal("sea")
                .link("river", "j").link("j", "d", 4, 0).link("j", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "d")).isCloseTo(4, EXACT);
        assertThat(result.shortageHm3()[0][result.nodeIndex("d")]).isCloseTo(2, EXACT);
        assertThat(result.intakeHm3()[0][result.nodeIndex("sea")]).isCloseTo(6, EXACT);
    }

    @Test
    void reservoirDrawnDownToDeadStorageThenRefilled() {
        // dead 10, full 30, start 20, demand 6/day, inflow 0,0,0,30,30:
        // day 1 releases 6 (20 -> 14); day 2 only 4 above dead (-> 10, short 2); day 3 nothing (short 6);
        // day 4 stores 20 of 30 (-> 30 full) and passes 10: demand 6, sea 4; day 5 passes all 30: demand 6, sea 24.
        Network network = new TestBasin().inflow("river", 0, 0, 0, 30, 30).reservoir("dam", 10, 30, 20).junction("j")
                .demand("d", 1, 6, 6, 6, 6, 6).terminal("sea")
                .link("river", "dam").link("dam", "j").link("j", "d").link("j", "sea").build();
        SimulationResult result = run(network, 5);
        int dam = result.nodeIndex("dam");
        assertThat(result.storageEndHm3()[0][dam]).isCloseTo(14, EXACT);
        assertThat(result.storageEndHm3()[1][dam]).isCloseTo(10, EXACT);
        assertThat(result.storageEndHm3()[2][dam]).isCloseTo(10, EXACT);
        assertThat(result.storageEndHm3()[3][dam]).isCloseTo(30, EXACT);
        assertThat(result.storageEndHm3()[4][dam]).isCloseTo(30, EXACT);
        double[] expectedDelivery = {6, 4, 0, 6, 6};
        for (int day = 0; day < 5; day++) {
            assertThat(delivered(result, day, "d")).as("day %d", day + 1).isCloseTo(expectedDelivery[day], EXACT);
        }
        assertThat(result.intakeHm3()[3][result.nodeIndex("sea")]).isCloseTo(4, EXACT);
        assertThat(result.intakeHm3()[4][result.nodeIndex("sea")]).isCloseTo(24, EXACT);
    }

    @Test
    void lossyCanalTakesMoreAtItsHead() {
        // canal loses 20%: to deliver 6 its head takes 6 / 0.8 = 7.5 of the 10; 1.5 lost, 2.5 to the sea.
        Network network = new TestBasin().inflow("river", 10).junction("j").canal("canal", 1000, 0.2)
                .demand("d", 1, 6).terminal("sea")
                .link("river", "j").link("j", "canal").link("canal", "d").link("j", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "d")).isCloseTo(6, EXACT);
        assertThat(result.intakeHm3()[0][result.nodeIndex("canal")]).isCloseTo(7.5, EXACT);
        assertThat(result.intakeHm3()[0][result.nodeIndex("sea")]).isCloseTo(2.5, EXACT);
    }

    @Test
    void canalCapacityCapsTheHeadNotTheDelivery() {
        // capacity 5 hm3/day at the head, loss 20%: delivers 4 of 6, short 2.
        Network network = new TestBasin().inflow("river", 10).junction("j").canal("canal", 5e6 / 86_400, 0.2)
                .demand("d", 1, 6).terminal("sea")
                .link("river", "j").link("j", "canal").link("canal", "d").link("j", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "d")).isCloseTo(4, EXACT);
        assertThat(result.shortageHm3()[0][result.nodeIndex("d")]).isCloseTo(2, EXACT);
    }

    @Test
    void environmentalFlowIsServedBeforeTheDemand() {
        // 10 arrive; the gauge below the offtake must pass 7: the demand (need 6) gets 3.
        Network network = new TestBasin().inflow("river", 10).junction("offtake").demand("d", 1, 6)
                .node(new Junction("gauge", new Place("UZB", "test"), true, Optional.of(MonthlyProfile.constant(7e6 / 86_400))))
                .terminal("sea")
                .link("river", "offtake").link("offtake", "d").link("offtake", "gauge").link("gauge", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "d")).isCloseTo(3, EXACT);
        assertThat(result.requirementDeficitHm3()[0][0]).isCloseTo(0, EXACT);
    }

    @Test
    void shortageOfTwoEqualPrioritiesIsProportionalToNeed() {
        // 6 for needs 4 and 8 (total 12): each gets half its need, 2 and 4.
        Network network = new TestBasin().inflow("river", 6).junction("j").demand("a", 1, 4).demand("b", 1, 8)
                .link("river", "j").link("j", "a").link("j", "b").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "a")).isCloseTo(2, EXACT);
        assertThat(delivered(result, 0, "b")).isCloseTo(4, EXACT);
    }

    @Test
    void threeSamePriorityDemandsShareTheShortageAsAnEqualFraction() {
        // 6 for needs 2, 4, 6 (total 12): every demand gets 50%: 1, 2, 3. A fourth, priority-2 demand gets nothing.
        Network network = new TestBasin().inflow("river", 6).junction("j").demand("a", 1, 2).demand("b", 1, 4)
                .demand("c", 1, 6).demand("low", 2, 5)
                .link("river", "j").link("j", "a").link("j", "b").link("j", "c").link("j", "low").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "a")).isCloseTo(1, EXACT);
        assertThat(delivered(result, 0, "b")).isCloseTo(2, EXACT);
        assertThat(delivered(result, 0, "c")).isCloseTo(3, EXACT);
        assertThat(delivered(result, 0, "low")).isCloseTo(0, EXACT);
    }

    @Test
    void returnFlowFeedsADownstreamDemandTheNextStep() {
        // day 1: 10 arrive, upstream demand takes 10, consumes 40%, returns 6 to 'b' on day 2.
        // day 2: no inflow; the 6 returned serve the downstream need of 5; 1 goes on to the sea.
        Network network = new TestBasin().inflow("river", 10, 0).junction("a")
                .demand("up", "UZB", 1, 0.4, "b", 1, 10, 0).junction("b").demand("down", 1, 0, 5).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "b").link("b", "down").link("b", "sea").build();
        SimulationResult result = run(network, 2);
        assertThat(delivered(result, 0, "up")).isCloseTo(10, EXACT);
        assertThat(delivered(result, 1, "down")).isCloseTo(5, EXACT);
        assertThat(result.intakeHm3()[1][result.nodeIndex("sea")]).isCloseTo(1, EXACT);
    }

    @Test
    void sameStepReturnFlowIsAvailableAtOnce() {
        // lag 0: upstream takes 10, returns 6 to 'b' at once; downstream needs 5 in the same step and gets them.
        Network network = new TestBasin().inflow("river", 10).junction("a")
                .demand("up", "UZB", 1, 0.4, "b", 0, 10).junction("b").demand("down", 2, 5).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "b").link("b", "down").link("b", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "up")).isCloseTo(10, EXACT);
        assertThat(delivered(result, 0, "down")).isCloseTo(5, EXACT);
    }

    @Test
    void higherPriorityDownstreamIsServedDespiteLossesOnTheWay() {
        // 10 arrive; upstream priority 2 needs 10; downstream priority 1 needs 6 behind a 50% loss link:
        // 12 must leave for it, so it gets 5 (all 10 sent, halved) and the upstream demand nothing.
        Network network = new TestBasin().inflow("river", 10).junction("a").demand("up", 2, 10).junction("b")
                .demand("down", 1, 6)
                .link("river", "a").link("a", "up").link("a", "b", 100, 0.5).link("b", "down").build();
        SimulationResult result = run(network, 1);
        assertThat(delivered(result, 0, "down")).isCloseTo(5, EXACT);
        assertThat(delivered(result, 0, "up")).isCloseTo(0, EXACT);
    }

    @Test
    void seasonalWithdrawalLimitIsHard() {
        // plenty of water, KAZ needs 5 a day but may take 7 in total: day 1 takes 5, day 2 the remaining 2.
        Network network = new TestBasin().inflow("river", 20, 20).junction("j")
                .demand("kaz_fields", "KAZ", 1, 1.0, null, 0, 5, 5).terminal("sea")
                .link("river", "j").link("j", "kaz_fields").link("j", "sea")
                .agreement(new WithdrawalLimit("kaz_limit", "KAZ", "test", Optional.empty(), Optional.of(7.0), List.of(), Terms.STRICT)).build();
        SimulationResult result = run(network, 2);
        assertThat(delivered(result, 0, "kaz_fields")).isCloseTo(5, EXACT);
        assertThat(delivered(result, 1, "kaz_fields")).isCloseTo(2, EXACT);
    }

    @Test
    void decadeVolumesFollowTheRealNumberOfDays() {
        // 1 m3/s for a decade: 21-31 July is 11 days = 0.9504 hm3; 21-28 Feb 2027 is 8 days = 0.6912 hm3.
        Place place = new Place("UZB", "test");
        Network network = new Network(List.of(
                new Inflow("river", place, MonthlyProfile.constant(1)),
                new Demand("d", place, DemandUse.MUNICIPAL, MonthlyProfile.constant(1), 1, 1, Optional.empty(), 0)),
                List.of(Link.of("river", "d")), List.of());
        TimeAxis july = TimeAxis.of(StepKind.DECADE, LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 1));
        TimeAxis february = TimeAxis.of(StepKind.DECADE, LocalDate.of(2027, 2, 21), LocalDate.of(2027, 3, 1));
        assertThat(Simulation.run(network, july).deliveredHm3(0, 1)).isCloseTo(0.9504, EXACT);
        assertThat(Simulation.run(network, february).deliveredHm3(0, 1)).isCloseTo(0.6912, EXACT);
    }
}
