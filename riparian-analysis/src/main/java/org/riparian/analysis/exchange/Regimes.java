package org.riparian.analysis.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.TimeAxis;

/**
 * The two operating regimes, both engine runs. Alone: reservoir owners, most upstream first, each choose their
 * reservoirs' storage path for their own benefit given the paths already chosen upstream; then the water that
 * reaches each demand is shared with every path fixed. Together: one plan for the basin's total benefit. Public so
 * that the coalition game can hold the countries outside a coalition to their go-alone paths.
 */
public final class Regimes {

    private Regimes() {
    }

    public static PlanningResult together(Network network, Economy economy, TimeAxis axis, PlanningOptions options) {
        return Planning.run(network, economy, axis, options, Progress.NONE);
    }

    static PlanningResult alone(Network network, Economy economy, TimeAxis axis, PlanningOptions options, List<String> owners) {
        return shared(network, economy, axis, options, alonePaths(network, economy, axis, options, owners, Progress.NONE));
    }

    /**
     * The storage path each owner chooses alone, upstream first, by reservoir id (end storage hm³ per step);
     * {@code progress} hears of each owner's plan.
     */
    public static Map<String, double[]> alonePaths(Network network, Economy economy, TimeAxis axis, PlanningOptions options,
            List<String> owners, Progress progress) {
        Map<String, double[]> fixed = new HashMap<>();
        for (int planned = 0; planned < owners.size(); planned++) {
            String owner = owners.get(planned);
            PlanningResult own = Planning.run(network, economy, axis, options.countingOnly(Set.of(owner)).withFixedStorage(fixed),
                    Progress.NONE);
            fixed.putAll(storagePaths(network, own, Set.of(owner)));
            progress.stepDone(planned + 1, owners.size());
        }
        return fixed;
    }

    /** With every reservoir path in {@code paths} fixed, the water that reaches each demand shared for the whole basin. */
    public static PlanningResult shared(Network network, Economy economy, TimeAxis axis, PlanningOptions options,
            Map<String, double[]> paths) {
        return Planning.run(network, economy, axis, options.withFixedStorage(paths), Progress.NONE);
    }

    /** End-of-step storage paths (hm³) of the reservoirs these countries own, by reservoir id. */
    public static Map<String, double[]> storagePaths(Network network, PlanningResult result, Set<String> countries) {
        Map<String, double[]> paths = new HashMap<>();
        for (Reservoir reservoir : network.nodesOf(Reservoir.class)) {
            if (countries.contains(reservoir.country())) {
                paths.put(reservoir.id(), endStorage(result, reservoir.id()));
            }
        }
        return paths;
    }

    private static double[] endStorage(PlanningResult result, String reservoir) {
        int n = result.allocation().nodeIndex(reservoir);
        double[][] storage = result.allocation().storageEndHm3();
        double[] path = new double[storage.length];
        for (int t = 0; t < storage.length; t++) {
            path[t] = storage[t][n];
        }
        return path;
    }

    /**
     * Reservoir owners, most upstream first: ranked by the reservoir of theirs with the most nodes downstream of it
     * (Toktogul above the Naryn cascade ranks above Andijan, whose water joins lower down).
     */
    public static List<String> ownersUpstreamFirst(Network network) {
        Map<String, Integer> downstreamCount = new LinkedHashMap<>();
        for (Reservoir reservoir : network.nodesOf(Reservoir.class)) {
            downstreamCount.merge(reservoir.country(), downstreamOf(network, reservoir.id()), Math::max);
        }
        List<String> owners = new ArrayList<>(downstreamCount.keySet());
        owners.sort(Comparator.comparing((String country) -> -downstreamCount.get(country)).thenComparing(country -> country));
        return owners;
    }

    private static int downstreamOf(Network network, String node) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(node));
        while (!queue.isEmpty()) {
            for (Link link : network.linksFrom(queue.poll())) {
                if (seen.add(link.to())) {
                    queue.add(link.to());
                }
            }
        }
        return seen.size();
    }
}
