package org.riparian.engine.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;

/**
 * The columns and rows of a network's allocation LP, created once. Volumes are hm³ per step. Column and row names
 * follow the network ({@code flow[a->b]}, {@code balance[toktogul]}) so an exported LP reads like the basin.
 */
final class LpLayout {

    static final int NONE = -1;
    private static final double INF = Double.POSITIVE_INFINITY;

    final Network network;
    final List<Node> nodes;
    final List<Link> links;
    final List<Requirement> requirements;
    final List<WithdrawalLimit> limits;
    final Map<String, Integer> nodeIndex = new HashMap<>();
    final int[] flowColumn;
    final int[] balanceRow;
    final int[] storageColumn;
    final int[] releaseColumn;
    final int[] spillColumn;
    final int[] outflowRow;
    final int[] targetRow;
    final int[] targetDeficitColumn;
    final int[] shortageColumn;
    final int[] capacityRow;
    final int[] requirementRow;
    final int[] requirementDeficitColumn;
    final int[] limitRow;
    final List<List<Term>> intake = new ArrayList<>();
    final List<Tier> tiers = new ArrayList<>();
    /** Appended to every name: empty in simulation, {@code @2026-04-1} for each step of a season LP. */
    private final String suffix;

    LpLayout(Network network, LinearSolver lp) {
        this(network, lp, "", true);
    }

    /** A layout for one step; without tiers when priorities are weights of one LP rather than passes. */
    LpLayout(Network network, LinearSolver lp, String suffix, boolean withTiers) {
        this.suffix = suffix;
        this.network = network;
        this.nodes = network.nodes();
        this.links = network.links();
        this.requirements = RunInputs.requirements(network);
        this.limits = RunInputs.limits(network.agreements());
        int n = nodes.size();
        flowColumn = new int[links.size()];
        balanceRow = filled(n);
        storageColumn = filled(n);
        releaseColumn = filled(n);
        spillColumn = filled(n);
        outflowRow = filled(n);
        targetRow = filled(n);
        targetDeficitColumn = filled(n);
        shortageColumn = filled(n);
        capacityRow = filled(n);
        requirementRow = filled(requirements.size());
        requirementDeficitColumn = filled(requirements.size());
        limitRow = filled(limits.size());
        for (int i = 0; i < n; i++) {
            nodeIndex.put(nodes.get(i).id(), i);
            intake.add(new ArrayList<>());
        }
        addFlowColumns(lp);
        addNodeRows(lp);
        addRequirementRows(lp);
        addLimitRows(lp);
        if (withTiers) {
            addTiers(lp);
        }
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, NONE);
        return array;
    }

    int node(String id) {
        return nodeIndex.get(id);
    }

    private void addFlowColumns(LinearSolver lp) {
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            flowColumn[l] = lp.addColumn("flow[" + link.name() + "]" + suffix, 0, INF);
            intake.get(node(link.to())).add(new Term(flowColumn[l], 1 - link.lossFraction()));
        }
        for (Node node : nodes) {
            if (node instanceof Demand demand && demand.returnNode().isPresent() && demand.returnLagSteps() == 0) {
                List<Term> returnTerms = intake.get(node(demand.returnNode().get()));
                for (Term term : List.copyOf(intake.get(node(demand.id())))) {
                    returnTerms.add(new Term(term.column(), term.coefficient() * (1 - demand.consumptiveFraction())));
                }
            }
        }
    }

    private void addNodeRows(LinearSolver lp) {
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (node instanceof Terminal) {
                continue;
            }
            balanceRow[n] = lp.addRow("balance[" + node.id() + "]" + suffix, 0, 0);
            if (node instanceof Reservoir reservoir) {
                addReservoir(lp, n, reservoir);
            } else if (node instanceof Demand demand) {
                shortageColumn[n] = lp.addColumn("shortage[" + demand.id() + "]" + suffix, 0, 0);
                addIntake(lp, balanceRow[n], n, 1);
                lp.addCoefficient(balanceRow[n], shortageColumn[n], 1);
            } else if (node instanceof Canal canal) {
                addIntake(lp, balanceRow[n], n, 1 - canal.lossFraction());
                addOutflow(lp, balanceRow[n], n, -1);
                capacityRow[n] = lp.addRow("capacity[" + canal.id() + "]" + suffix, -INF, INF);
                addHeadIntake(lp, capacityRow[n], canal);
            } else if (node instanceof Inflow) {
                addOutflow(lp, balanceRow[n], n, 1);
            } else {
                addIntake(lp, balanceRow[n], n, 1);
                addOutflow(lp, balanceRow[n], n, -1);
            }
        }
    }

    /** storage_end + release + spill − intake = storage_start − evaporation + returns; out-links carry release + spill. */
    private void addReservoir(LinearSolver lp, int n, Reservoir reservoir) {
        String id = reservoir.id();
        storageColumn[n] = lp.addColumn("storage[" + id + "]" + suffix, reservoir.deadStorageHm3(), reservoir.fullStorageHm3());
        releaseColumn[n] = lp.addColumn("release[" + id + "]" + suffix, 0, INF);
        spillColumn[n] = lp.addColumn("spill[" + id + "]" + suffix, 0, INF);
        lp.addCoefficient(balanceRow[n], storageColumn[n], 1);
        lp.addCoefficient(balanceRow[n], releaseColumn[n], 1);
        lp.addCoefficient(balanceRow[n], spillColumn[n], 1);
        addIntake(lp, balanceRow[n], n, -1);
        outflowRow[n] = lp.addRow("outflow[" + id + "]" + suffix, 0, 0);
        addOutflow(lp, outflowRow[n], n, 1);
        lp.addCoefficient(outflowRow[n], releaseColumn[n], -1);
        lp.addCoefficient(outflowRow[n], spillColumn[n], -1);
        if (reservoir.targetStorageHm3().isPresent()) {
            targetDeficitColumn[n] = lp.addColumn("target_deficit[" + id + "]" + suffix, 0, INF);
            targetRow[n] = lp.addRow("target[" + id + "]" + suffix, -INF, INF);
            lp.addCoefficient(targetRow[n], storageColumn[n], 1);
            lp.addCoefficient(targetRow[n], targetDeficitColumn[n], 1);
        }
    }

    /**
     * Adds a volume arriving at node {@code n} from another step's column (a lag-1 return flow in a season LP) to the
     * rows that count the node's intake, with the signs its own intake has there.
     */
    void addArrivingVolume(LinearSolver lp, int n, int column, double coefficient) {
        Node node = nodes.get(n);
        if (node instanceof Reservoir) {
            lp.addCoefficient(balanceRow[n], column, -coefficient);
        } else if (node instanceof Canal canal) {
            lp.addCoefficient(balanceRow[n], column, coefficient * (1 - canal.lossFraction()));
        } else if (!(node instanceof Terminal || node instanceof Inflow || node instanceof Demand)) {
            lp.addCoefficient(balanceRow[n], column, coefficient);
        }
        for (int r = 0; r < requirements.size(); r++) {
            if (requirements.get(r).intoTerminal() && node(requirements.get(r).node()) == n) {
                lp.addCoefficient(requirementRow[r], column, coefficient);
            }
        }
    }

    private void addIntake(LinearSolver lp, int row, int n, double factor) {
        for (Term term : intake.get(n)) {
            lp.addCoefficient(row, term.column(), term.coefficient() * factor);
        }
    }

    /**
     * What the links bring to a canal's head. Return flows are left out: drainage enters along the canal, not
     * through the head gate, so it carries the canal's loss but takes none of the head's capacity.
     */
    private void addHeadIntake(LinearSolver lp, int row, Canal canal) {
        for (int l = 0; l < links.size(); l++) {
            if (links.get(l).to().equals(canal.id())) {
                lp.addCoefficient(row, flowColumn[l], 1 - links.get(l).lossFraction());
            }
        }
    }

    private void addOutflow(LinearSolver lp, int row, int n, double sign) {
        String id = nodes.get(n).id();
        for (int l = 0; l < links.size(); l++) {
            if (links.get(l).from().equals(id)) {
                lp.addCoefficient(row, flowColumn[l], sign);
            }
        }
    }

    private void addRequirementRows(LinearSolver lp) {
        for (int r = 0; r < requirements.size(); r++) {
            Requirement requirement = requirements.get(r);
            int n = node(requirement.node());
            requirementRow[r] = lp.addRow(requirement.name() + suffix, -INF, INF);
            requirementDeficitColumn[r] = lp.addColumn("deficit[" + requirement.name() + "]" + suffix, 0, INF);
            lp.addCoefficient(requirementRow[r], requirementDeficitColumn[r], 1);
            if (requirement.intoTerminal()) {
                addIntake(lp, requirementRow[r], n, 1);
            } else {
                addOutflow(lp, requirementRow[r], n, 1);
            }
        }
    }

    private void addLimitRows(LinearSolver lp) {
        for (int k = 0; k < limits.size(); k++) {
            WithdrawalLimit limit = limits.get(k);
            limitRow[k] = lp.addRow("withdrawal_limit[" + limit.id() + "]" + suffix, -INF, INF);
            for (int n : limitedDemands(limit)) {
                addIntake(lp, limitRow[k], n, 1);
            }
        }
    }

    /** The demand sites whose deliveries count against a country's limit in a basin. */
    int[] limitedDemands(WithdrawalLimit limit) {
        return java.util.stream.IntStream.range(0, nodes.size())
                .filter(n -> nodes.get(n) instanceof Demand
                        && nodes.get(n).country().equals(limit.country())
                        && nodes.get(n).place().basin().equals(limit.basin()))
                .toArray();
    }

    private void addTiers(LinearSolver lp) {
        if (!requirements.isEmpty()) {
            int[] members = java.util.stream.IntStream.range(0, requirements.size()).toArray();
            tiers.add(tier(lp, "requirements", true, members, requirementDeficitColumn.clone()));
        }
        TreeMap<Integer, List<Integer>> byPriority = new TreeMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Demand demand) {
                byPriority.computeIfAbsent(demand.priority(), p -> new ArrayList<>()).add(n);
            }
        }
        byPriority.forEach((priority, demandNodes) -> {
            int[] members = demandNodes.stream().mapToInt(Integer::intValue).toArray();
            int[] shortages = Arrays.stream(members).map(n -> shortageColumn[n]).toArray();
            tiers.add(tier(lp, "priority_" + priority, false, members, shortages));
        });
    }

    private String memberName(boolean requirementTier, int member) {
        return requirementTier ? requirements.get(member).name() : nodes.get(member).id();
    }

    private Tier tier(LinearSolver lp, String label, boolean requirementTier, int[] members, int[] shortages) {
        int sumRow = lp.addRow("tier_shortage[" + label + "]" + suffix, -INF, INF);
        int fairness = lp.addColumn("shortage_fraction[" + label + "]" + suffix, 0, INF);
        int[] fairnessRows = new int[members.length];
        for (int m = 0; m < members.length; m++) {
            lp.addCoefficient(sumRow, shortages[m], 1);
            fairnessRows[m] = lp.addRow("equal_fraction[" + memberName(requirementTier, members[m]) + "]" + suffix, -INF, INF);
            lp.addCoefficient(fairnessRows[m], shortages[m], 1);
        }
        return new Tier(label, requirementTier, members, shortages, sumRow, fairness, fairnessRows);
    }
}
