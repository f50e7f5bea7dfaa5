package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/**
 * Storage and Reservoir: a storage part whose volume carries over between steps, and for a Reservoir an optional
 * compensation link (its min flow is the compensation) and spill (a link or an output) fed by the storage, the
 * compensation routed through the spill.
 */
final class StorageNode extends PywrNode {

    /** Whether and how a Reservoir spills. */
    enum Spill { NONE, LINK, OUTPUT }

    private final Value minVolume;
    private final Value maxVolume;
    private final InitialVolume initial;
    private final Value cost;
    private final Value compensation;
    private final Spill spill;
    private int storage;
    private int compensationLink = -1;
    private int spillPart = -1;
    private double volume = Double.NaN;
    private double capacity;

    StorageNode(String name, String type, Value minVolume, Value maxVolume, InitialVolume initial, Value cost,
            Value compensation, Spill spill) {
        super(name, type);
        this.minVolume = minVolume;
        this.maxVolume = maxVolume;
        this.initial = initial;
        this.cost = cost;
        this.compensation = compensation;
        this.spill = spill;
    }

    @Override
    void build(CostNetwork.Builder network) {
        storage = network.addNode(name, CostNodeKind.STORAGE);
        if (compensation != null) {
            compensationLink = network.addNode(name + ".compensation", CostNodeKind.LINK);
            network.addEdge(storage, compensationLink);
        }
        if (spill != Spill.NONE) {
            spillPart = network.addNode(name + ".spill", spill == Spill.LINK ? CostNodeKind.LINK : CostNodeKind.OUTPUT);
            network.addEdge(storage, spillPart);
            if (compensationLink >= 0) {
                network.addEdge(compensationLink, spillPart);
            }
        }
    }

    @Override
    List<Integer> inlets(String slot) {
        if (slot == null) {
            return List.of(storage);
        }
        if (slot.equalsIgnoreCase("to_spill") && spillPart >= 0) {
            return List.of(spillPart);
        }
        throw noSlot(slot);
    }

    @Override
    List<Integer> outlets(String slot) {
        if (slot == null || slot.equalsIgnoreCase("Storage")) {
            return List.of(storage);
        }
        if ((slot.equalsIgnoreCase("Spill") || slot.equalsIgnoreCase("from_spill")) && spill == Spill.LINK) {
            return List.of(spillPart);
        }
        if (slot.equalsIgnoreCase("Compensation") && compensationLink >= 0 && spillPart < 0) {
            return List.of(compensationLink);
        }
        throw noSlot(slot);
    }

    @Override
    List<Integer> flowParts() {
        return List.of(storage);
    }

    @Override
    void reset() {
        volume = Double.NaN;
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        capacity = maxVolume.of(evaluator);
        if (Double.isNaN(volume)) {
            volume = initial.volumeAt(capacity);
        }
        double days = evaluator.days();
        step.storageRoom(storage, (volume - minVolume.of(evaluator)) / days, (capacity - volume) / days);
        step.cost(storage, cost.of(evaluator));
        if (compensationLink >= 0) {
            step.flowBounds(compensationLink, compensation.of(evaluator), Double.POSITIVE_INFINITY);
        }
    }

    @Override
    void finish(CostFlows flows, Evaluator evaluator) {
        volume += (flows.inflow(storage) - flows.outflow(storage)) * evaluator.days();
    }

    /** The volume now: the initial volume before the first step. */
    double volume(Evaluator evaluator) {
        if (Double.isNaN(volume)) {
            capacity = maxVolume.of(evaluator);
            volume = initial.volumeAt(capacity);
        }
        return volume;
    }

    double capacity() {
        return capacity;
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
            case "Inflow" -> inflow(flows, List.of(storage));
            case "Outflow" -> outflow(flows, List.of(storage));
            default -> throw noAttribute(attribute);
        };
    }
}
