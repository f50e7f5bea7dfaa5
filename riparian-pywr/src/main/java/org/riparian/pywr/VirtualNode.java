package org.riparian.pywr;

import java.util.List;

/** A node without parts of its own that constrains or reports on other nodes; edges cannot reach it. */
abstract class VirtualNode extends PywrNode {

    VirtualNode(String name, String type) {
        super(name, type);
    }

    @Override
    final List<Integer> inlets(String slot) {
        throw new PywrModelException("virtual node " + name + " of type " + type + " cannot be connected by an edge");
    }

    @Override
    final List<Integer> outlets(String slot) {
        return inlets(slot);
    }

    @Override
    final List<Integer> flowParts() {
        return inlets(null);
    }

    static List<Integer> partsOf(List<PywrNode> nodes) {
        return nodes.stream().flatMap(node -> node.flowParts().stream()).toList();
    }
}
