package org.riparian.pywr;

import java.util.List;

/**
 * A Pywr node with no slot but the default one: every edge enters at its inlet parts and leaves from its outlet
 * parts, and an edge that names a slot is refused.
 */
abstract class SlotlessNode extends PywrNode {

    SlotlessNode(String name, String type) {
        super(name, type);
    }

    /** Parts every incoming edge enters. */
    abstract List<Integer> inletParts();

    /** Parts every outgoing edge leaves from: the inlet parts, for a node that water crosses in one place. */
    List<Integer> outletParts() {
        return inletParts();
    }

    @Override
    final List<Integer> inlets(String slot) {
        if (slot != null) {
            throw noSlot(slot);
        }
        return inletParts();
    }

    @Override
    final List<Integer> outlets(String slot) {
        if (slot != null) {
            throw noSlot(slot);
        }
        return outletParts();
    }
}
