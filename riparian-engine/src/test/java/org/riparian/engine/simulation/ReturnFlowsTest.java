package org.riparian.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.riparian.engine.TestBasin;
import org.riparian.model.network.Network;

/** Return flows that end in a reservoir or a canal, solved on paper. Volumes hm³ per day, no evaporation. */
class ReturnFlowsTest {

    private static final Offset<Double> EXACT = within(1e-6);

    private static SimulationResult run(Network network, int days) {
        SimulationResult result = Simulation.run(network, TestBasin.days(days));
        assertThat(result.worstRelativeImbalance()).isLessThan(1e-6);
        return result;
    }

    @Test
    void nextStepReturnIsStoredInTheReservoir() {
        // day 1: the river's 10 all go to 'up' (consumes 40%), whose 6 return to the dam on day 2; the dam keeps its 20.
        // day 2: no river; the dam holds 20 + 6 = 26, releases 5 to 'down': it ends at 21.
        Network network = new TestBasin().inflow("river", 10, 0).junction("a")
                .demand("up", "UZB", 1, 0.4, "dam", 1, 10, 0).reservoir("dam", 0, 100, 20)
                .demand("down", 1, 0, 5).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "dam").link("dam", "down").link("dam", "sea").build();
        SimulationResult result = run(network, 2);
        int dam = result.nodeIndex("dam");
        assertThat(result.storageEndHm3()[0][dam]).isCloseTo(20, EXACT);
        assertThat(result.deliveredHm3(1, result.nodeIndex("down"))).isCloseTo(5, EXACT);
        assertThat(result.storageEndHm3()[1][dam]).isCloseTo(21, EXACT);
    }

    @Test
    void sameStepReturnIsStoredInTheReservoir() {
        // lag 0: 'up' takes the 10 and returns 6 at once; the dam (full 100, at 20) stores them: 26, nothing to the sea.
        Network network = new TestBasin().inflow("river", 10).junction("a")
                .demand("up", "UZB", 1, 0.4, "dam", 0, 10).reservoir("dam", 0, 100, 20).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "dam").link("dam", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(result.storageEndHm3()[0][result.nodeIndex("dam")]).isCloseTo(26, EXACT);
        assertThat(result.intakeHm3()[0][result.nodeIndex("sea")]).isCloseTo(0, EXACT);
    }

    @Test
    void returnIntoACanalBypassesTheHeadGateButNotTheLoss() {
        // canal head carries 4 a day, loses 25%. day 1: 'up' takes the river's 10 and returns 5 (lag 1) into the canal.
        // day 2: the 5 enter along the canal, 3.75 reach 'fields' (need 6); the head takes 3 more from the river
        // (0.75 * 3 = 2.25) to make 6: head 3 <= 4. Canal intake 8, loss 2; the river's other 7 go to the sea.
        Network network = new TestBasin().inflow("river", 10, 10).junction("a")
                .demand("up", "UZB", 1, 0.5, "canal", 1, 10, 0).canal("canal", 4e6 / 86_400, 0.25)
                .demand("fields", 1, 0, 6).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "canal").link("canal", "fields").link("a", "sea").build();
        SimulationResult result = run(network, 2);
        assertThat(result.deliveredHm3(1, result.nodeIndex("fields"))).isCloseTo(6, EXACT);
        assertThat(result.flowHm3()[1][result.linkIndex("a", "canal")]).isCloseTo(3, EXACT);
        assertThat(result.intakeHm3()[1][result.nodeIndex("canal")]).isCloseTo(8, EXACT);
        assertThat(result.intakeHm3()[1][result.nodeIndex("sea")]).isCloseTo(7, EXACT);
    }

    @Test
    void sameStepReturnIntoACanalTakesNoneOfItsHeadCapacity() {
        // lag 0, head 4 a day, no loss: 'up' (need 8, consumes half) returns 4 into the canal at once; 'fields' needs 8:
        // 4 of returns + 4 through the head. Charging the returns to the head would leave 'fields' 4 short.
        Network network = new TestBasin().inflow("river", 20).junction("a")
                .demand("up", "UZB", 1, 0.5, "canal", 0, 8).canal("canal", 4e6 / 86_400, 0)
                .demand("fields", 1, 8).terminal("sea")
                .link("river", "a").link("a", "up").link("a", "canal").link("canal", "fields").link("a", "sea").build();
        SimulationResult result = run(network, 1);
        assertThat(result.deliveredHm3(0, result.nodeIndex("up"))).isCloseTo(8, EXACT);
        assertThat(result.deliveredHm3(0, result.nodeIndex("fields"))).isCloseTo(8, EXACT);
        assertThat(result.flowHm3()[0][result.linkIndex("a", "canal")]).isCloseTo(4, EXACT);
    }
}
