package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostStep;

/** AggregatedStorage: the total and proportional volume of several storages, for control curves and outputs. */
final class AggregatedStorageNode extends VirtualNode {

    private final List<StorageNode> storages;

    AggregatedStorageNode(String name, String type, List<StorageNode> storages) {
        super(name, type);
        this.storages = List.copyOf(storages);
    }

    @Override
    void build(CostNetwork.Builder network) {
        // reports only: no part and no constraint of its own
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        // reports only
    }

    @Override
    String defaultAttribute() {
        return "Volume";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        double volume = storages.stream().mapToDouble(s -> s.volume(evaluator)).sum();
        return switch (attribute) {
            case "Volume" -> volume;
            case "ProportionalVolume" -> volume / storages.stream().mapToDouble(StorageNode::capacity).sum();
            default -> throw noAttribute(attribute);
        };
    }
}
