package org.riparian.server.compliance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * The approved plan of each season: {@code riparian plan}'s decade simulation of the prepared network (its hydrology
 * and scenarios chosen by the caller), computed once per season and kept.
 */
public final class ApprovedPlans {

    private final String basin;
    private final Network network;
    private final Map<String, SimulationResult> bySeason = new ConcurrentHashMap<>();

    /** {@code basin} names the basin in reports. */
    public ApprovedPlans(String basin, Network network) {
        this.basin = basin;
        this.network = network;
    }

    public String basin() {
        return basin;
    }

    public SimulationResult of(Season season) {
        return bySeason.computeIfAbsent(season.label(),
                label -> Simulation.run(network, TimeAxis.of(StepKind.DECADE, season), SolverKind.GLOP, Progress.NONE));
    }
}
