package org.riparian.bench;

import org.riparian.engine.lp.SolverKind;
import org.riparian.model.network.Network;
import org.riparian.model.time.TimeAxis;

/**
 * One harness case: a network run over a time axis on one solver. {@code nominalSize} is the size asked of the
 * synthetic generator (which may add a node or two), 0 for the Aral basin.
 */
public record BenchCase(String name, int nominalSize, SolverKind solver, Network network, TimeAxis axis) {

    public boolean aral() {
        return nominalSize == 0;
    }

    public int nodes() {
        return network.nodes().size();
    }

    public String label() {
        return name + "/" + solver;
    }
}
