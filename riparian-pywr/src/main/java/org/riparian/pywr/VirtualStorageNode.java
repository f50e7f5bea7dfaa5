package org.riparian.pywr;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNetwork.NodeTerm;
import org.riparian.engine.costs.CostStep;

/**
 * VirtualStorage, a licence: the flow through its nodes (times their factors) draws down a volume that is not water
 * in the network, and no step may draw more than is left. A seasonal licence counts only between its start and end
 * day; outside that season it is full again.
 */
final class VirtualStorageNode extends VirtualNode {

    private final List<PywrNode> nodes;
    private final List<Double> factors;
    private final Value maxVolume;
    private final InitialVolume initial;
    private final MonthDay seasonStart;
    private final MonthDay seasonEnd;
    private int row;
    private double volume = Double.NaN;
    private double capacity;

    VirtualStorageNode(String name, String type, List<PywrNode> nodes, List<Double> factors, Value maxVolume,
            InitialVolume initial, MonthDay seasonStart, MonthDay seasonEnd) {
        super(name, type);
        this.nodes = List.copyOf(nodes);
        this.factors = List.copyOf(factors);
        this.maxVolume = maxVolume;
        this.initial = initial;
        this.seasonStart = seasonStart;
        this.seasonEnd = seasonEnd;
    }

    @Override
    void build(CostNetwork.Builder network) {
        List<NodeTerm> terms = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int part : nodes.get(i).flowParts()) {
                terms.add(new NodeTerm(part, factors.get(i)));
            }
        }
        row = network.addConstraint("licence[" + name + "]", terms);
    }

    private boolean inSeason(LocalDate date) {
        if (seasonStart == null) {
            return true;
        }
        MonthDay day = MonthDay.from(date);
        return seasonStart.isAfter(seasonEnd)
                ? !day.isBefore(seasonStart) || !day.isAfter(seasonEnd)
                : !day.isBefore(seasonStart) && !day.isAfter(seasonEnd);
    }

    @Override
    void reset() {
        volume = Double.NaN;
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        capacity = maxVolume.of(evaluator);
        if (Double.isNaN(volume) || !inSeason(evaluator.date())) {
            volume = initial.volumeAt(capacity);
        }
        double limit = inSeason(evaluator.date()) ? Math.max(volume, 0) / evaluator.days() : Double.POSITIVE_INFINITY;
        step.constraintBounds(row, Double.NEGATIVE_INFINITY, limit);
    }

    @Override
    void finish(CostFlows flows, Evaluator evaluator) {
        if (!inSeason(evaluator.date())) {
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int part : nodes.get(i).flowParts()) {
                volume -= factors.get(i) * flows.flow(part) * evaluator.days();
            }
        }
    }

    @Override
    String defaultAttribute() {
        return "Volume";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Volume" -> volume;
            case "ProportionalVolume" -> volume / capacity;
            default -> throw noAttribute(attribute);
        };
    }
}
