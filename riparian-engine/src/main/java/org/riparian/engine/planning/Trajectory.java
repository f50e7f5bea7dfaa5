package org.riparian.engine.planning;

import java.util.Arrays;
import java.util.List;
import org.riparian.engine.allocation.Linearisation;
import org.riparian.engine.allocation.SeasonLp;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.TimeAxis;

/**
 * The storage path successive LP linearises around, and its trust region. The first solve is free; after it each
 * reservoir may move a quarter of its live storage per iteration, halved whenever its path turns back on itself.
 */
final class Trajectory {

    private final List<Node> nodes;
    private final double[][] startHm3;
    private final double[][] meanHm3;
    private final double[][] endHm3;
    private final double[][] lastMoveHm3;
    private final double[][] turbinedHm3;
    private final double[] trustRadiusHm3;

    private Trajectory(List<Node> nodes, int steps) {
        this.nodes = nodes;
        startHm3 = new double[steps][nodes.size()];
        meanHm3 = new double[steps][nodes.size()];
        endHm3 = new double[steps][nodes.size()];
        lastMoveHm3 = new double[steps][nodes.size()];
        turbinedHm3 = new double[steps][nodes.size()];
        trustRadiusHm3 = new double[nodes.size()];
        Arrays.fill(trustRadiusHm3, Double.POSITIVE_INFINITY);
    }

    /** Every reservoir held at its initial storage all season: the first guess. */
    static Trajectory flat(Network network, TimeAxis axis) {
        Trajectory trajectory = new Trajectory(network.nodes(), axis.size());
        for (int n = 0; n < trajectory.nodes.size(); n++) {
            if (trajectory.nodes.get(n) instanceof Reservoir reservoir) {
                for (int t = 0; t < axis.size(); t++) {
                    trajectory.startHm3[t][n] = reservoir.initialStorageHm3();
                    trajectory.meanHm3[t][n] = reservoir.initialStorageHm3();
                    trajectory.endHm3[t][n] = reservoir.initialStorageHm3();
                }
            }
        }
        return trajectory;
    }

    Linearisation point() {
        return new Linearisation(startHm3, meanHm3, endHm3, turbinedHm3, trustRadiusHm3);
    }

    /** Takes the last solve's storages and turbined volumes; returns the largest change of an end storage, hm³. */
    double update(SeasonLp season) {
        double change = 0;
        for (int n = 0; n < nodes.size(); n++) {
            for (int t = 0; t < endHm3.length; t++) {
                turbinedHm3[t][n] = season.energy().turbinedHm3(season.solver(), t, n);
            }
            if (nodes.get(n) instanceof Reservoir reservoir) {
                change = Math.max(change, follow(season, n, reservoir));
            }
        }
        return change;
    }

    private double follow(SeasonLp season, int n, Reservoir reservoir) {
        double change = 0;
        boolean turnedBack = false;
        for (int t = 0; t < endHm3.length; t++) {
            double move = season.storageEndHm3(t, n) - endHm3[t][n];
            turnedBack |= move * lastMoveHm3[t][n] < 0;
            lastMoveHm3[t][n] = move;
            change = Math.max(change, Math.abs(move));
            endHm3[t][n] += move;
            startHm3[t][n] = t == 0 ? reservoir.initialStorageHm3() : endHm3[t - 1][n];
            meanHm3[t][n] = (startHm3[t][n] + endHm3[t][n]) / 2;
        }
        double live = reservoir.fullStorageHm3() - reservoir.deadStorageHm3();
        if (Double.isInfinite(trustRadiusHm3[n])) {
            trustRadiusHm3[n] = live / 4;
        } else if (turnedBack) {
            trustRadiusHm3[n] /= 2;
        }
        return change;
    }
}
