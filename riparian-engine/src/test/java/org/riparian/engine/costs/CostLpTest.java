package org.riparian.engine.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.engine.lp.SolverKind;

/** Cost-mode LPs small enough to solve by hand. */
class CostLpTest {

    @Test
    void cheaperOutputIsServedFirstAndTheRestGoesToTheNext() {
        CostNetwork.Builder b = CostNetwork.builder();
        int supply = b.addNode("supply", CostNodeKind.INPUT);
        int link = b.addNode("link", CostNodeKind.LINK);
        int high = b.addNode("high", CostNodeKind.OUTPUT);
        int low = b.addNode("low", CostNodeKind.OUTPUT);
        b.addEdge(supply, link);
        int toHigh = b.addEdge(link, high);
        int toLow = b.addEdge(link, low);
        try (CostLp lp = new CostLp(b.build(), SolverKind.GLOP)) {
            CostStep step = lp.newStep();
            step.flowBounds(supply, 0, 15);
            step.flowBounds(high, 0, 10);
            step.flowBounds(low, 0, 10);
            step.cost(high, -10);
            step.cost(low, -5);
            CostFlows flows = lp.solve(step, "day 1");
            // 15 available: the -10 output takes its 10, the -5 output the 5 left
            assertThat(flows.edge(toHigh)).isCloseTo(10, within(1e-9));
            assertThat(flows.edge(toLow)).isCloseTo(5, within(1e-9));
        }
    }

    @Test
    void storageReleasesOnlyWhatItHoldsAndKeepsWaterWorthMoreThanTheDemand() {
        CostNetwork.Builder b = CostNetwork.builder();
        int store = b.addNode("store", CostNodeKind.STORAGE);
        int demand = b.addNode("demand", CostNodeKind.OUTPUT);
        int release = b.addEdge(store, demand);
        try (CostLp lp = new CostLp(b.build(), SolverKind.GLOP)) {
            CostStep step = lp.newStep();
            step.storageRoom(store, 4, 96);
            step.flowBounds(demand, 0, 10);
            step.cost(demand, -10);
            step.cost(store, -1);
            assertThat(lp.solve(step, "day 1").edge(release)).isCloseTo(4, within(1e-9));
            step.cost(store, -20); // kept water now worth more than the demand pays
            assertThat(lp.solve(step, "day 2").edge(release)).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void exclusiveLinksLetOnlyOneCarryFlow() {
        CostNetwork.Builder b = CostNetwork.builder();
        int supply = b.addNode("supply", CostNodeKind.INPUT);
        int a = b.addNode("a", CostNodeKind.LINK);
        int c = b.addNode("c", CostNodeKind.LINK);
        int outA = b.addNode("outA", CostNodeKind.OUTPUT);
        int outC = b.addNode("outC", CostNodeKind.OUTPUT);
        b.addEdge(supply, a);
        b.addEdge(supply, c);
        int viaA = b.addEdge(a, outA);
        int viaC = b.addEdge(c, outC);
        b.addExclusiveGroup("either", List.of(a, c), 1);
        try (CostLp lp = new CostLp(b.build(), SolverKind.CBC)) {
            CostStep step = lp.newStep();
            step.flowBounds(a, 0, 10);
            step.flowBounds(c, 0, 10);
            step.cost(outA, -15);
            step.cost(outC, -10);
            CostFlows flows = lp.solve(step, "day 1");
            // without exclusivity both would carry 10; with it only the better one does
            assertThat(flows.edge(viaA)).isCloseTo(10, within(1e-9));
            assertThat(flows.edge(viaC)).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void aZonedStorageReleasesTheLowerZoneOnlyForADemandWorthMoreThanIt() {
        CostNetwork.Builder b = CostNetwork.builder();
        ZonedStorage store = ZonedStorage.add(b, "store", 2);
        int demand = b.addNode("demand", CostNodeKind.OUTPUT);
        int release = b.addEdge(store.top(), demand);
        try (CostLp lp = new CostLp(b.build(), SolverKind.GLOP)) {
            CostStep step = lp.newStep();
            // 80 held: the bottom zone (0..50, worth 20 a unit) is full, the top zone (50..100, worth 0) holds 30
            store.prepare(step, 80, new double[] {50, 100}, new double[] {-20, 0}, 1);
            step.flowBounds(demand, 0, 100);
            step.cost(demand, -10);
            CostFlows flows = lp.solve(step, "day 1");
            // the demand gains 10 a unit: the top zone's 30 go; the bottom zone's would cost 20 - 10 = 10 each
            assertThat(flows.edge(release)).isCloseTo(30, within(1e-9));
            assertThat(store.netGain(flows)).isCloseTo(-30, within(1e-9));
            step.cost(demand, -30);
            // now worth 30 a unit: everything held goes, 50 of it moved up from the bottom zone first
            assertThat(lp.solve(step, "day 2").edge(release)).isCloseTo(80, within(1e-9));
        }
    }
}
