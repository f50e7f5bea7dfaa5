package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;

/** A Pywr node that is one node of the cost network and has no slots: its inlet, outlet and flow are that node. */
abstract class SinglePartNode extends SlotlessNode {

    final CostNodeKind kind;
    int part;

    SinglePartNode(String name, String type, CostNodeKind kind) {
        super(name, type);
        this.kind = kind;
    }

    @Override
    final void build(CostNetwork.Builder network) {
        part = network.addNode(name, kind);
    }

    @Override
    final List<Integer> inletParts() {
        return List.of(part);
    }

    @Override
    final List<Integer> flowParts() {
        return List.of(part);
    }
}
