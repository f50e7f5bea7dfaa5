package org.riparian.analysis.compliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.Step;

/**
 * Traces a delivery's departure from the plan upstream on the network. Walking up from the gauge, a reservoir ends
 * the walk (above it the water is the reservoir's to release) and so does an inflow; canals that branch off the
 * reach walked are withdrawals on the way. Then, over one decade, planned minus observed delivery = the releases
 * below plan + the natural inflows below plan + the withdrawals above plan + what is left (unmeasured lateral inflow,
 * losses, returns, water still travelling): within a decade the reach is taken as balanced.
 */
final class UpstreamTrace {

    private final Network network;
    private final Readings readings;

    UpstreamTrace(Network network, Readings readings) {
        this.network = network;
        this.readings = readings;
    }

    Attribution attribute(String gauge, Step step, DecadeLine line) {
        double agreed = line.agreedHm3().orElseThrow();
        double observed = line.observedHm3().orElseThrow();
        List<Attribution.Part> parts = new ArrayList<>();
        List<String> unobserved = new ArrayList<>();
        for (Measure measure : causes(gauge)) {
            Optional<Readings.Observation> seen = readings.observed(measure, step);
            if (seen.isEmpty()) {
                unobserved.add(measure.node());
                continue;
            }
            double planned = readings.plannedHm3(measure, step);
            double below = measure.kind() == Measure.Kind.WITHDRAWAL ? seen.get().hm3() - planned : planned - seen.get().hm3();
            parts.add(new Attribution.Part(cause(measure.kind()), measure.node(), below));
        }
        double explained = parts.stream().mapToDouble(Attribution.Part::hm3).sum();
        return new Attribution(line.decade(), agreed - observed, agreed - line.plannedHm3(), parts,
                line.plannedHm3() - observed - explained, unobserved);
    }

    /** The reservoirs and inflows that bound the reach above the gauge, then the canals branching off it. */
    private List<Measure> causes(String gauge) {
        Set<String> reach = new LinkedHashSet<>(List.of(gauge));
        Set<String> seen = new LinkedHashSet<>(reach);
        List<Measure> causes = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>(List.of(gauge));
        while (!open.isEmpty()) {
            for (Link link : network.linksTo(open.pop())) {
                Node up = network.node(link.from()).orElseThrow();
                if (!seen.add(up.id())) {
                    continue;
                }
                if (up instanceof Reservoir || up instanceof Inflow) {
                    causes.add(new Measure(up.id(), up instanceof Reservoir ? Measure.Kind.RELEASE : Measure.Kind.NATURAL_INFLOW));
                } else {
                    reach.add(up.id());
                    open.push(up.id());
                }
            }
        }
        for (String node : reach) {
            if (!node.equals(gauge)) {
                network.linksFrom(node).stream().map(Link::to).filter(to -> !reach.contains(to))
                        .filter(to -> network.node(to).orElseThrow() instanceof Canal)
                        .forEach(canal -> causes.add(new Measure(canal, Measure.Kind.WITHDRAWAL)));
            }
        }
        return causes;
    }

    private static Attribution.Cause cause(Measure.Kind kind) {
        return switch (kind) {
            case RELEASE -> Attribution.Cause.RELEASE_BELOW_PLAN;
            case WITHDRAWAL -> Attribution.Cause.WITHDRAWAL_ABOVE_PLAN;
            default -> Attribution.Cause.NATURAL_INFLOW_BELOW_PLAN;
        };
    }
}
