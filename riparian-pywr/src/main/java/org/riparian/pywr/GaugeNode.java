package org.riparian.pywr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostNetwork.NodeTerm;
import org.riparian.engine.costs.CostStep;

/**
 * River nodes that split what arrives over parallel links: RiverGauge (a minimum residual flow link, its max the MRF
 * and its cost the MRF cost, beside a free bypass), Abstraction (the same plus an abstraction link leaving through
 * the Abstraction slot) and RiverSplitWithGauge (the bypass shared in fixed proportions with split links, each leaving
 * through its own slot).
 */
final class GaugeNode extends PywrNode {

    /** A link beside the MRF and bypass: its slot, bounds, cost and, for a split, its share of the split flow. */
    record Branch(String slot, Value maxFlow, Value cost, double share) {
    }

    private final Value mrf;
    private final Value mrfCost;
    private final List<Branch> branches;
    private final boolean sharesBypass;
    private int mrfLink;
    private int bypass;
    private final Map<String, Integer> branchLinks = new LinkedHashMap<>();
    private final List<Integer> shareRows = new ArrayList<>();

    GaugeNode(String name, String type, Value mrf, Value mrfCost, List<Branch> branches, boolean sharesBypass) {
        super(name, type);
        this.mrf = mrf;
        this.mrfCost = mrfCost;
        this.branches = List.copyOf(branches);
        this.sharesBypass = sharesBypass;
    }

    @Override
    void build(CostNetwork.Builder network) {
        mrfLink = network.addNode(name + ".mrf", CostNodeKind.LINK);
        bypass = network.addNode(name + ".bypass", CostNodeKind.LINK);
        for (Branch branch : branches) {
            branchLinks.put(branch.slot(), network.addNode(name + "." + branch.slot(), CostNodeKind.LINK));
        }
        if (sharesBypass) {
            addShares(network);
        }
    }

    /** Each split takes its share of bypass plus splits: {@code split − share × (bypass + Σ splits) = 0}. */
    private void addShares(CostNetwork.Builder network) {
        for (Branch branch : branches) {
            int split = branchLinks.get(branch.slot());
            List<NodeTerm> terms = new ArrayList<>();
            terms.add(new NodeTerm(bypass, -branch.share()));
            for (int other : branchLinks.values()) {
                terms.add(new NodeTerm(other, (other == split ? 1 : 0) - branch.share()));
            }
            shareRows.add(network.addConstraint("share[" + name + "." + branch.slot() + "]", terms));
        }
    }

    @Override
    List<Integer> inlets(String slot) {
        if (slot != null) {
            throw noSlot(slot);
        }
        List<Integer> parts = new ArrayList<>(List.of(mrfLink, bypass));
        parts.addAll(branchLinks.values());
        return parts;
    }

    @Override
    List<Integer> outlets(String slot) {
        if (slot == null || slot.equals("River")) {
            return List.of(mrfLink, bypass);
        }
        Integer branch = branchLinks.get(slot);
        if (branch == null) {
            throw noSlot(slot);
        }
        return List.of(branch);
    }

    @Override
    List<Integer> flowParts() {
        return branchLinks.containsKey("Abstraction") ? List.of(branchLinks.get("Abstraction")) : inlets(null);
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        step.flowBounds(mrfLink, 0, mrf.of(evaluator));
        step.cost(mrfLink, mrfCost.of(evaluator));
        for (Branch branch : branches) {
            int link = branchLinks.get(branch.slot());
            step.flowBounds(link, 0, branch.maxFlow().of(evaluator));
            step.cost(link, branch.cost().of(evaluator));
        }
        shareRows.forEach(row -> step.constraintBounds(row, 0, 0));
    }

    @Override
    String defaultAttribute() {
        return branches.stream().anyMatch(b -> b.slot().equals("Abstraction")) ? "Abstraction" : "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow", "Outflow" -> inflow(flows, inlets(null));
            case "Abstraction" -> {
                if (!branchLinks.containsKey("Abstraction")) {
                    throw noAttribute(attribute);
                }
                yield inflow(flows, List.of(branchLinks.get("Abstraction")));
            }
            default -> throw noAttribute(attribute);
        };
    }
}
