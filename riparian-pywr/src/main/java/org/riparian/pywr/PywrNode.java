package org.riparian.pywr;

import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostStep;

/**
 * A node of a Pywr model, made of one or more nodes of the engine's cost network (a river gauge is two parallel
 * links, a loss link a link and an output). It says which of its parts edges enter and leave through each slot,
 * sets their bounds and costs each step and answers the attributes Pywr records for it.
 */
abstract class PywrNode {

    final String name;
    final String type;

    PywrNode(String name, String type) {
        this.name = name;
        this.type = type;
    }

    /** Adds this node's parts to the network; edges inside the node too. */
    abstract void build(CostNetwork.Builder network);

    /** Parts an incoming edge enters through the slot (null: the default slot). */
    abstract List<Integer> inlets(String slot);

    /** Parts an outgoing edge leaves from through the slot (null: the default slot). */
    abstract List<Integer> outlets(String slot);

    /** Parts whose flow is this node's flow for licences and aggregated constraints. */
    abstract List<Integer> flowParts();

    abstract void prepare(CostStep step, Evaluator evaluator);

    /** Back to the state before the first step (initial volumes, delays), as each simulation starts. */
    void reset() {
    }

    /** After the step's LP: volumes carry over, delays shift. */
    void finish(CostFlows flows, Evaluator evaluator) {
    }

    abstract String defaultAttribute();

    /** The attribute's value from the latest flows (zero before the first step). */
    abstract double attribute(String attribute, CostFlows flows, Evaluator evaluator);

    PywrModelException noSlot(String slot) {
        return new PywrModelException("node " + name + " of type " + type + " has no slot " + slot);
    }

    PywrModelException noAttribute(String attribute) {
        return new UnsupportedPywrFeatureException("attribute", attribute + " of node " + name, type);
    }

    static double inflow(CostFlows flows, List<Integer> parts) {
        double sum = 0;
        for (int part : parts) {
            sum += flows == null ? 0 : flows.inflow(part);
        }
        return sum;
    }

    static double outflow(CostFlows flows, List<Integer> parts) {
        double sum = 0;
        for (int part : parts) {
            sum += flows == null ? 0 : flows.outflow(part);
        }
        return sum;
    }
}
