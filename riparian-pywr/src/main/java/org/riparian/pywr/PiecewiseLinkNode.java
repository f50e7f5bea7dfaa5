package org.riparian.pywr;

import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostNodeKind;
import org.riparian.engine.costs.CostStep;

/** PiecewiseLink: parallel links, one per step of a piecewise-linear cost, each with its own max flow and cost. */
final class PiecewiseLinkNode extends SlotlessNode {

    /** One piece: its flow bounds and cost. */
    record Piece(Value minFlow, Value maxFlow, Value cost) {
    }

    private final List<Piece> pieces;
    private final List<Integer> links = new ArrayList<>();

    PiecewiseLinkNode(String name, String type, List<Piece> pieces) {
        super(name, type);
        this.pieces = List.copyOf(pieces);
    }

    @Override
    void build(CostNetwork.Builder network) {
        for (int i = 0; i < pieces.size(); i++) {
            links.add(network.addNode(name + ".step-" + i, CostNodeKind.LINK));
        }
    }

    @Override
    List<Integer> inletParts() {
        return links;
    }

    @Override
    List<Integer> flowParts() {
        return links;
    }

    @Override
    void prepare(CostStep step, Evaluator evaluator) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            step.flowBounds(links.get(i), piece.minFlow().of(evaluator), piece.maxFlow().of(evaluator));
            step.cost(links.get(i), piece.cost().of(evaluator));
        }
    }

    @Override
    String defaultAttribute() {
        return "Outflow";
    }

    @Override
    double attribute(String attribute, CostFlows flows, Evaluator evaluator) {
        return switch (attribute) {
            case "Inflow", "Outflow" -> inflow(flows, links);
            default -> throw noAttribute(attribute);
        };
    }
}
