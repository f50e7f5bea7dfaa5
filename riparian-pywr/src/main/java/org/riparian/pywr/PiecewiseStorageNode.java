package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostStep;
import org.riparian.engine.costs.ZonedStorage;

/**
 * PiecewiseStorage: the engine's {@link ZonedStorage}, one zone per step up to its control curve (a proportion of the
 * max volume) with the step's cost, and a top zone above the last curve at no cost. Edges attach to the top zone.
 */
final class PiecewiseStorageNode extends SlotlessNode {

    /** One zone: its upper control curve as a proportion of the max volume, and its cost. */
    record Zone(Value controlCurve, Value cost) {
    }

    private final Value maxVolume;
    private final InitialVolume initial;
    private final List<Zone> zones;
    private ZonedStorage storage;
    private double volume = Double.NaN;
    private double capacity;

    PiecewiseStorageNode(String name, String type, Value maxVolume, InitialVolume initial, List<Zone> zones) {
        super(name, type);
        this.maxVolume = maxVolume;
        this.initial = initial;
        this.zones = List.copyOf(zones);
    }

    @Override
    void build(CostNetwork.Builder network) {
        storage = ZonedStorage.add(network, name, zones.size() + 1);
    }

    @Override
    List<Integer> inletParts() {
        return List.of(storage.top());
    }

    @Override
    List<Integer> flowParts() {
        return storage.zones();
    }

    @Override
    void reset() {
        volume = Double.NaN;
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        double total = volume(evaluator);
        double[] tops = new double[zones.size() + 1];
        double[] costs = new double[zones.size() + 1];
        for (int z = 0; z < zones.size(); z++) {
            tops[z] = zones.get(z).controlCurve().of(evaluator) * capacity;
            costs[z] = zones.get(z).cost().of(evaluator);
        }
        tops[zones.size()] = capacity;
        storage.prepare(step, total, tops, costs, evaluator.days());
    }

    @Override
    void finish(CostFlows flows, Evaluator evaluator) {
        volume += storage.netGain(flows) * evaluator.days();
    }

    private double volume(Evaluator evaluator) {
        capacity = maxVolume.of(evaluator);
        if (Double.isNaN(volume)) {
            volume = initial.volumeAt(capacity);
        }
        return volume;
    }

    @Override
    String defaultAttribute() {
        return "Volume";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Volume" -> volume(evaluator);
            case "ProportionalVolume" -> volume(evaluator) / capacity;
            default -> throw noAttribute(attribute);
        };
    }
}
