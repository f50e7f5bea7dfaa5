package org.riparian.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.riparian.engine.TestBasin;
import org.riparian.engine.allocation.Requirement;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.synthetic.SyntheticBasin;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Step;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Invariants of the allocation on random basins: water is conserved, bounds hold, priorities are preemptive, a short
 * tier is shared as an equal fraction of need, and a run does not depend on the run before it or on the LP backend.
 * Tolerances are relative to the step's largest flow, as the design promises for mass balance.
 */
class AllocationProperties {

    private static final double RELATIVE = 1e-6;

    @Property(tries = 80)
    void massBalanceClosesInEveryStep(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll boolean minimumFlows, @ForAll("runs") TimeAxis axis) {
        SimulationResult result = Simulation.run(network(size, seed, minimumFlows), axis);
        assertThat(result.worstRelativeImbalance()).isLessThan(RELATIVE);
    }

    @Property(tries = 80)
    void boundsHoldInEveryStep(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll boolean minimumFlows, @ForAll("runs") TimeAxis axis) {
        SimulationResult result = Simulation.run(network(size, seed, minimumFlows), axis);
        for (Step step : axis.steps()) {
            assertLinkFlowsWithinCapacity(result, step);
            assertNodesWithinBounds(result, step);
            assertRequirementDeficitsAreTrue(result, step);
        }
    }

    /**
     * Removing every demand below priority p frees all the water they took; if that lowered the shortage of any
     * priority up to p, a lower priority had been served with water a higher one could have used.
     */
    @Property(tries = 60)
    void noPriorityIsShortForTheSakeOfALowerOne(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll boolean minimumFlows, @ForAll("singleSteps") TimeAxis axis, @ForAll @IntRange(min = 1, max = 2) int p) {
        Network network = network(size, seed, minimumFlows);
        SimulationResult full = Simulation.run(network, axis);
        SimulationResult alone = Simulation.run(withoutDemandsBelow(network, p), axis);
        double tolerance = tolerance(full, 0);
        assertThat(requirementDeficit(full)).isLessThanOrEqualTo(requirementDeficit(alone) + tolerance);
        for (int priority = 1; priority <= p; priority++) {
            assertThat(shortageOfPriority(full, priority)).as("shortage of priority %d", priority)
                    .isLessThanOrEqualTo(shortageOfPriority(alone, priority) + tolerance);
        }
    }

    /** Environmental and agreed flows come before every demand: without any demand their deficit is no smaller. */
    @Property(tries = 60)
    void requirementsAreNeverShortForTheSakeOfADemand(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll("singleSteps") TimeAxis axis) {
        Network network = network(size, seed, true);
        SimulationResult full = Simulation.run(network, axis);
        SimulationResult alone = Simulation.run(withoutDemandsBelow(network, 0), axis);
        assertThat(requirementDeficit(full)).isLessThanOrEqualTo(requirementDeficit(alone) + tolerance(full, 0));
    }

    /** One inflow, one junction, k demands of one priority and less water than they need: all get the same fraction. */
    @Property(tries = 100)
    void aShortTierIsSharedAsAnEqualFractionOfNeed(@ForAll("needs") List<Double> needsHm3,
            @ForAll @DoubleRange(min = 0.02, max = 0.98) double supplied) {
        double totalNeed = needsHm3.stream().mapToDouble(Double::doubleValue).sum();
        TestBasin star = new TestBasin().inflow("river", supplied * totalNeed).junction("j").link("river", "j");
        for (int d = 0; d < needsHm3.size(); d++) {
            star.demand("d" + d, 1, needsHm3.get(d)).link("j", "d" + d);
        }
        SimulationResult result = Simulation.run(star.build(), TestBasin.days(1));
        for (int d = 0; d < needsHm3.size(); d++) {
            double fraction = result.deliveredHm3(0, result.nodeIndex("d" + d)) / needsHm3.get(d);
            assertThat(fraction).as("fraction served of d%d", d).isCloseTo(supplied, within(RELATIVE));
        }
    }

    @Property(tries = 50)
    void theSameRunTwiceGivesIdenticalResults(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll boolean minimumFlows, @ForAll("runs") TimeAxis axis) {
        Network network = network(size, seed, minimumFlows);
        SimulationResult first = Simulation.run(network, axis);
        SimulationResult second = Simulation.run(network, axis);
        assertThat(second.flowHm3()).isDeepEqualTo(first.flowHm3());
        assertThat(second.intakeHm3()).isDeepEqualTo(first.intakeHm3());
        assertThat(second.storageEndHm3()).isDeepEqualTo(first.storageEndHm3());
        assertThat(second.requirementDeficitHm3()).isDeepEqualTo(first.requirementDeficitHm3());
    }

    /**
     * Flows may be degenerate (two routes of equal cost), so only what the objective pins down is compared: each
     * tier's total shortage, and the total water kept in storage (every hm³ stored earns the same reward).
     */
    @Property(tries = 50)
    void glopAndClpAgreeOnWhatTheOptimumDetermines(@ForAll @IntRange(min = 5, max = 120) int size, @ForAll long seed,
            @ForAll boolean minimumFlows, @ForAll("singleSteps") TimeAxis axis) {
        Network network = network(size, seed, minimumFlows);
        SimulationResult glop = Simulation.run(network, axis, SolverKind.GLOP, Progress.NONE);
        SimulationResult clp = Simulation.run(network, axis, SolverKind.CLP, Progress.NONE);
        double tolerance = tolerance(glop, 0);
        assertThat(requirementDeficit(clp)).isCloseTo(requirementDeficit(glop), within(tolerance));
        for (int priority = 1; priority <= 3; priority++) {
            assertThat(shortageOfPriority(clp, priority)).as("shortage of priority %d", priority)
                    .isCloseTo(shortageOfPriority(glop, priority), within(tolerance));
        }
        assertThat(totalStorage(clp)).isCloseTo(totalStorage(glop), within(tolerance));
    }

    private static Network network(int size, long seed, boolean minimumFlows) {
        Network network = SyntheticBasin.generate(size, seed);
        return minimumFlows ? SyntheticBasin.withMinimumFlows(network, seed) : network;
    }

    /** Daily runs of up to a month, or decade runs of up to half a year, from any month. */
    @Provide
    Arbitrary<TimeAxis> runs() {
        Arbitrary<TimeAxis> daily = Combinators.combine(months(), Arbitraries.integers().between(1, 31))
                .as((start, days) -> TimeAxis.of(StepKind.DAY, start, start.plusDays(days)));
        Arbitrary<TimeAxis> decades = Combinators.combine(months(), Arbitraries.integers().between(1, 6))
                .as((start, months) -> TimeAxis.of(StepKind.DECADE, start, start.plusMonths(months)));
        return Arbitraries.oneOf(daily, decades);
    }

    /** One day or one decade, in any month: the priority checks compare single steps, free of carried storage. */
    @Provide
    Arbitrary<TimeAxis> singleSteps() {
        return Combinators.combine(months(), Arbitraries.of(StepKind.DAY, StepKind.DECADE))
                .as((start, kind) -> TimeAxis.of(kind, start, kind.next(start)));
    }

    private static Arbitrary<LocalDate> months() {
        return Arbitraries.integers().between(1, 12).map(month -> LocalDate.of(2026, month, 1));
    }

    @Provide
    Arbitrary<List<Double>> needs() {
        return Arbitraries.doubles().between(0.5, 50).ofScale(3).list().ofMinSize(2).ofMaxSize(8);
    }

    private static double tolerance(SimulationResult result, int step) {
        return RELATIVE * Math.max(1, result.largestFlowHm3()[step]);
    }

    private static void assertLinkFlowsWithinCapacity(SimulationResult result, Step step) {
        double tolerance = tolerance(result, step.index());
        for (int l = 0; l < result.links().size(); l++) {
            Link link = result.links().get(l);
            double flow = result.flowHm3()[step.index()][l];
            assertThat(flow).as("flow[%s] in %s", link.name(), step.label()).isGreaterThanOrEqualTo(0);
            if (link.capacityM3s().isPresent()) {
                assertThat(flow).as("flow[%s] in %s", link.name(), step.label())
                        .isLessThanOrEqualTo(Volumes.hm3FromM3s(link.capacityM3s().get(), step.days()) + tolerance);
            }
        }
    }

    private static void assertNodesWithinBounds(SimulationResult result, Step step) {
        int t = step.index();
        double tolerance = tolerance(result, t);
        for (int n = 0; n < result.nodes().size(); n++) {
            Node node = result.nodes().get(n);
            String where = node.id() + " in " + step.label();
            if (node instanceof Reservoir reservoir) {
                assertThat(result.storageEndHm3()[t][n]).as("storage of %s", where)
                        .isBetween(reservoir.deadStorageHm3() - tolerance, reservoir.fullStorageHm3() + tolerance);
                assertThat(result.evaporationHm3()[t][n]).as("evaporation of %s", where).isGreaterThanOrEqualTo(0);
            } else if (node instanceof Demand) {
                double need = result.needHm3()[t][n];
                double delivered = result.deliveredHm3(t, n);
                assertThat(delivered).as("delivery to %s", where).isBetween(-tolerance, need + tolerance);
                assertThat(result.shortageHm3()[t][n]).as("shortage of %s", where)
                        .isGreaterThanOrEqualTo(0).isCloseTo(need - delivered, within(tolerance));
            } else if (node instanceof Canal canal) {
                assertThat(result.intakeHm3()[t][n]).as("intake of %s", where)
                        .isLessThanOrEqualTo(Volumes.hm3FromM3s(canal.capacityM3s(), step.days()) + tolerance);
            }
        }
    }

    /** The reported deficit is what the flow past the gauge (or into the terminal) really fell short of the target. */
    private static void assertRequirementDeficitsAreTrue(SimulationResult result, Step step) {
        int t = step.index();
        for (int r = 0; r < result.requirements().size(); r++) {
            double passing = passingHm3(result, t, result.requirements().get(r));
            double trueDeficit = Math.max(0, result.requirementTargetHm3()[t][r] - passing);
            assertThat(result.requirementDeficitHm3()[t][r]).as("deficit of %s in %s", result.requirements().get(r).name(),
                    step.label()).isCloseTo(trueDeficit, within(tolerance(result, t)));
        }
    }

    private static double passingHm3(SimulationResult result, int step, Requirement requirement) {
        int node = result.nodeIndex(requirement.node());
        if (requirement.intoTerminal()) {
            return result.intakeHm3()[step][node];
        }
        double outflow = 0;
        for (int l = 0; l < result.links().size(); l++) {
            if (result.links().get(l).from().equals(requirement.node())) {
                outflow += result.flowHm3()[step][l];
            }
        }
        return outflow;
    }

    /** The network with every demand of priority above {@code p} needing nothing (p = 0: no demand at all). */
    private static Network withoutDemandsBelow(Network network, int p) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : network.nodes()) {
            boolean lower = node instanceof Demand demand && demand.priority() > p;
            nodes.add(lower ? ((Demand) node).withDemand(MonthlyProfile.constant(0)) : node);
        }
        return new Network(nodes, network.links(), network.agreements());
    }

    private static double shortageOfPriority(SimulationResult result, int priority) {
        double sum = 0;
        for (int n = 0; n < result.nodes().size(); n++) {
            if (result.nodes().get(n) instanceof Demand demand && demand.priority() == priority) {
                sum += result.shortageHm3()[0][n];
            }
        }
        return sum;
    }

    /** True deficit of all requirements in the first step, from the flows themselves. */
    private static double requirementDeficit(SimulationResult result) {
        double sum = 0;
        for (int r = 0; r < result.requirements().size(); r++) {
            sum += Math.max(0, result.requirementTargetHm3()[0][r] - passingHm3(result, 0, result.requirements().get(r)));
        }
        return sum;
    }

    private static double totalStorage(SimulationResult result) {
        double sum = 0;
        for (int n = 0; n < result.nodes().size(); n++) {
            sum += result.storageEndHm3()[0][n];
        }
        return sum;
    }
}
