package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.Optional;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Link;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Step;

/**
 * Reads a measure in the plan and in the observations, both as hm³ over a decade (flows) or hm³ stored (volume).
 * Remembers whether any observation it handed out was synthetic, so every output can say so.
 */
final class Readings {

    private final SimulationResult plan;
    private final ObservedDecades observed;
    private boolean synthetic;

    Readings(SimulationResult plan, ObservedDecades observed) {
        this.plan = plan;
        this.observed = observed;
    }

    /** An observed decade value in hm³ and the days it rests on. */
    record Observation(double hm3, int days) {
    }

    double plannedHm3(Measure measure, Step step) {
        int t = step.index();
        return switch (measure.kind()) {
            case DISCHARGE, RELEASE, NATURAL_INFLOW -> sumOfLinks(measure.node(), t, true);
            case WITHDRAWAL -> sumOfLinks(measure.node(), t, false);
            case VOLUME -> {
                int n = plan.nodeIndex(measure.node());
                yield (plan.storageStartHm3()[t][n] + plan.storageEndHm3()[t][n]) / 2;
            }
        };
    }

    Optional<Observation> observed(Measure measure, Step step) {
        Optional<ObservedDecades.DecadeMean> mean = switch (measure.kind()) {
            case DISCHARGE, NATURAL_INFLOW -> observed.meanFlowM3s(measure.node(), ObservedDecades.Flow.DISCHARGE, step.start());
            case WITHDRAWAL -> observed.meanFlowM3s(measure.node(), ObservedDecades.Flow.WITHDRAWAL, step.start());
            case RELEASE -> observed.meanFlowM3s(measure.node(), ObservedDecades.Flow.RELEASE, step.start());
            case VOLUME -> observed.meanVolumeHm3(measure.node(), step.start());
        };
        mean.filter(ObservedDecades.DecadeMean::synthetic).ifPresent(m -> synthetic = true);
        return mean.map(m -> new Observation(measure.kind() == Measure.Kind.VOLUME ? m.mean() : Volumes.hm3FromM3s(m.mean(), step.days()),
                m.daysObserved()));
    }

    /** The electricity counted at a meter over a period, remembering whether it was synthetic. */
    Optional<ObservedDecades.Delivered> delivered(String meter, LocalDate from, LocalDate toExclusive) {
        Optional<ObservedDecades.Delivered> delivered = observed.deliveredGwh(meter, from, toExclusive);
        delivered.filter(ObservedDecades.Delivered::synthetic).ifPresent(d -> synthetic = true);
        return delivered;
    }

    boolean sawSynthetic() {
        return synthetic;
    }

    private double sumOfLinks(String node, int step, boolean outgoing) {
        double sum = 0;
        for (int l = 0; l < plan.links().size(); l++) {
            Link link = plan.links().get(l);
            if ((outgoing ? link.from() : link.to()).equals(node)) {
                sum += plan.flowHm3()[step][l];
            }
        }
        return sum;
    }
}
