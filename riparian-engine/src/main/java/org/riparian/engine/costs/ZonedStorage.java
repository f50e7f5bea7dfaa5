package org.riparian.engine.costs;

import java.util.ArrayList;
import java.util.List;

/**
 * A storage whose volume is split into zones stacked from the bottom, each a storage node of the cost network with its
 * own cost, joined to its neighbours by edges both ways so water moves between zones at the difference of their
 * costs. Edges from and to the rest of the network attach to the top zone. Each step the zones are filled from the
 * bottom with the storage's total volume, so a zone holds water only when every zone below it is full: the state a
 * step reaches anyway when lower zones are worth more, which is what zones are for (a reservoir's reserve below a
 * control curve). Zone boundaries may move every step (a control curve that follows the season).
 */
public final class ZonedStorage {

    private final List<Integer> zones;

    private ZonedStorage(List<Integer> zones) {
        this.zones = List.copyOf(zones);
    }

    /** Adds {@code zoneCount} zone nodes named {@code name.zone-00} (the bottom) upwards, and the edges between them. */
    public static ZonedStorage add(CostNetwork.Builder network, String name, int zoneCount) {
        if (zoneCount < 1) {
            throw new IllegalArgumentException("storage " + name + " needs at least one zone");
        }
        List<Integer> zones = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            int zone = network.addNode(String.format("%s.zone-%02d", name, z), CostNodeKind.STORAGE);
            if (z > 0) {
                network.addEdge(zone, zones.get(z - 1));
                network.addEdge(zones.get(z - 1), zone);
            }
            zones.add(zone);
        }
        return new ZonedStorage(zones);
    }

    /** The zone nodes, bottom first; their summed flow is the storage's net gain (transfers between zones cancel). */
    public List<Integer> zones() {
        return zones;
    }

    /** The zone that edges from and to the rest of the network attach to. */
    public int top() {
        return zones.get(zones.size() - 1);
    }

    /**
     * Sets each zone's room and cost for a step: zone {@code z} spans from {@code zoneTops[z-1]} (0 for the bottom)
     * to {@code zoneTops[z]}, the last top being the storage's max volume; {@code volume} is the total now. Volumes
     * are divided by {@code steps} (the step's length in the flow's time unit) as the LP works in flows.
     */
    public void prepare(CostStep step, double volume, double[] zoneTops, double[] costs, double steps) {
        if (zoneTops.length != zones.size() || costs.length != zones.size()) {
            throw new IllegalArgumentException("a zoned storage of " + zones.size() + " zones got " + zoneTops.length
                    + " tops and " + costs.length + " costs");
        }
        double bottom = 0;
        for (int z = 0; z < zones.size(); z++) {
            double top = Math.max(zoneTops[z], bottom);
            boolean last = z == zones.size() - 1;
            double held = last ? Math.max(volume - bottom, 0) : Math.min(Math.max(volume - bottom, 0), top - bottom);
            step.storageRoom(zones.get(z), held / steps, (top - bottom - held) / steps);
            step.cost(zones.get(z), costs[z]);
            bottom = top;
        }
    }

    /** What the storage gained over the step (negative: released), in flow units. */
    public double netGain(CostFlows flows) {
        double gain = 0;
        for (int zone : zones) {
            gain += flows.flow(zone);
        }
        return gain;
    }
}
