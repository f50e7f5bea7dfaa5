package org.riparian.engine.planning;

import java.util.List;
import org.riparian.engine.allocation.SeasonLp;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.TimeAxis;

/** The storage path successive LP linearises around: start, mean and end storage per step and reservoir, hm³. */
final class Trajectory {

    private final List<Node> nodes;
    private final double[][] startHm3;
    private final double[][] meanHm3;
    private final double[][] endHm3;

    private Trajectory(List<Node> nodes, int steps) {
        this.nodes = nodes;
        startHm3 = new double[steps][nodes.size()];
        meanHm3 = new double[steps][nodes.size()];
        endHm3 = new double[steps][nodes.size()];
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

    /** Takes the last solve's storages; returns the largest change of an end-of-step storage, hm³. */
    double update(SeasonLp season) {
        double change = 0;
        for (int n = 0; n < nodes.size(); n++) {
            if (!(nodes.get(n) instanceof Reservoir reservoir)) {
                continue;
            }
            for (int t = 0; t < endHm3.length; t++) {
                double end = season.storageEndHm3(t, n);
                change = Math.max(change, Math.abs(end - endHm3[t][n]));
                endHm3[t][n] = end;
                startHm3[t][n] = t == 0 ? reservoir.initialStorageHm3() : endHm3[t - 1][n];
                meanHm3[t][n] = (startHm3[t][n] + end) / 2;
            }
        }
        return change;
    }

    double[][] startHm3() {
        return startHm3;
    }

    double[][] meanHm3() {
        return meanHm3;
    }
}
