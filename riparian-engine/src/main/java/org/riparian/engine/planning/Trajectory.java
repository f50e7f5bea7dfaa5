package org.riparian.engine.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.riparian.engine.allocation.Linearisation;
import org.riparian.engine.allocation.SeasonLp;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.TimeAxis;

/**
 * The storage path successive LP linearises around, and its trust region. The first solve is free (heads fixed at
 * the initial storage); after it each reservoir may move a quarter of its live storage, then half as far at every
 * iteration. A linearised LP runs to the edge of its region, so a region that did not contract would let the path
 * swing from side to side; contracting it bounds the iterations (0.5% of live storage is reached by the eighth)
 * while still letting the path travel half the live storage in all.
 */
final class Trajectory {

    private final List<Node> nodes;
    private final double[][] startHm3;
    private final double[][] meanHm3;
    private final double[][] endHm3;
    private final double[][] turbinedHm3;
    private final double[] trustRadiusHm3;

    private Trajectory(List<Node> nodes, int steps) {
        this.nodes = nodes;
        startHm3 = new double[steps][nodes.size()];
        meanHm3 = new double[steps][nodes.size()];
        endHm3 = new double[steps][nodes.size()];
        turbinedHm3 = new double[steps][nodes.size()];
        trustRadiusHm3 = new double[nodes.size()];
        Arrays.fill(trustRadiusHm3, Double.POSITIVE_INFINITY);
    }

    /** The first guess: reservoirs on a fixed path follow it, every other reservoir stays at its initial storage. */
    static Trajectory flat(Network network, TimeAxis axis, Map<String, double[]> fixedEndHm3) {
        Trajectory trajectory = new Trajectory(network.nodes(), axis.size());
        for (int n = 0; n < trajectory.nodes.size(); n++) {
            if (trajectory.nodes.get(n) instanceof Reservoir reservoir) {
                double[] fixed = fixedEndHm3.get(reservoir.id());
                for (int t = 0; t < axis.size(); t++) {
                    double start = t == 0 || fixed == null ? reservoir.initialStorageHm3() : fixed[t - 1];
                    double end = fixed == null ? reservoir.initialStorageHm3() : fixed[t];
                    trajectory.startHm3[t][n] = start;
                    trajectory.meanHm3[t][n] = (start + end) / 2;
                    trajectory.endHm3[t][n] = end;
                }
            }
        }
        return trajectory;
    }

    Linearisation point() {
        return new Linearisation(startHm3, meanHm3, endHm3, turbinedHm3, trustRadiusHm3);
    }

    /**
     * Takes the last solve's storages and turbined volumes; returns the largest change of an end storage as a share
     * of its reservoir's live storage.
     */
    double update(SeasonLp season) {
        double change = 0;
        for (int n = 0; n < nodes.size(); n++) {
            for (int t = 0; t < endHm3.length; t++) {
                turbinedHm3[t][n] = season.energy().turbinedHm3(season.solver(), t, n);
            }
            if (nodes.get(n) instanceof Reservoir reservoir) {
                double live = Math.max(1, reservoir.fullStorageHm3() - reservoir.deadStorageHm3());
                change = Math.max(change, follow(season, n, reservoir) / live);
            }
        }
        return change;
    }

    private double follow(SeasonLp season, int n, Reservoir reservoir) {
        double change = 0;
        for (int t = 0; t < endHm3.length; t++) {
            double move = season.storageEndHm3(t, n) - endHm3[t][n];
            change = Math.max(change, Math.abs(move));
            endHm3[t][n] += move;
            startHm3[t][n] = t == 0 ? reservoir.initialStorageHm3() : endHm3[t - 1][n];
            meanHm3[t][n] = (startHm3[t][n] + endHm3[t][n]) / 2;
        }
        double live = reservoir.fullStorageHm3() - reservoir.deadStorageHm3();
        trustRadiusHm3[n] = Double.isInfinite(trustRadiusHm3[n]) ? live / 4 : trustRadiusHm3[n] / 2;
        return change;
    }
}
