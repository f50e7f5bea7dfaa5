package org.riparian.server.compliance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.riparian.engine.allocation.RunInputException;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;
import org.riparian.store.ConflictException;

/**
 * The approved plan of each season: {@code riparian plan}'s decade simulation of the prepared network (its hydrology
 * and scenarios chosen by the caller) under the agreements that bind, computed once per season and kept until those
 * agreements change (a revised withdrawal limit changes the plan, as the limits bind the allocation).
 */
public final class ApprovedPlans {

    private final String basin;
    private final Network network;
    private final Map<String, Plan> bySeason = new ConcurrentHashMap<>();

    /** One season's plan and the agreements it was made under. */
    private record Plan(List<Agreement> agreements, SimulationResult result) {
    }

    /** {@code basin} names the basin in reports; {@code network}'s agreements are the basin file's. */
    public ApprovedPlans(String basin, Network network) {
        this.basin = basin;
        this.network = network;
    }

    public String basin() {
        return basin;
    }

    /** The basin network, its agreements those of the basin file. */
    public Network network() {
        return network;
    }

    /** The plan under the basin file's agreements. */
    public SimulationResult of(Season season) {
        return of(season, network.agreements());
    }

    /**
     * The plan of {@code season} on the network with {@code agreements} in place of the file's; refused when one of
     * them does not fit the season (a withdrawal limit given per decade for another season).
     */
    public SimulationResult of(Season season, List<Agreement> agreements) {
        try {
            return bySeason.compute(season.label(), (label, kept) -> kept != null && kept.agreements().equals(agreements) ? kept
                    : new Plan(List.copyOf(agreements), Simulation.run(new Network(network.nodes(), network.links(), agreements),
                            TimeAxis.of(StepKind.DECADE, season), SolverKind.GLOP, Progress.NONE))).result();
        } catch (RunInputException e) {
            throw new ConflictException("the agreements that bind do not fit the season " + season.label() + ": " + e.getMessage()
                    + "; revise the agreement for this season");
        }
    }
}
