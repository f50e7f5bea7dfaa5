package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.riparian.analysis.coalition.CoalitionReport;
import org.riparian.analysis.coalition.FairShares;
import org.riparian.analysis.coalition.WaterGame;
import org.riparian.analysis.coalition.WaterGameResult;
import org.riparian.analysis.ensemble.EnsembleRun;
import org.riparian.analysis.exchange.ExchangeReport;
import org.riparian.analysis.exchange.WaterEnergyExchange;
import org.riparian.analysis.plan.SeasonPlan;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.SubBasin;
import org.riparian.model.time.Season;
import org.riparian.store.InvalidInputException;

/**
 * Each kind of run: its request checked at once (so bad input is a 400, not a failed job), then the work that the
 * queue runs, the same engine and analysis calls as the command line with the same defaults.
 */
final class Runs {

    /** Ensembles from the page stay small: the command line is there for thousands of traces. */
    static final int MAX_TRACES = 500;
    static final int MAX_YEARS = 5;
    private static final String SOURCE = "served basin";

    private final Supplier<Basin> basin;

    Runs(Supplier<Basin> basin) {
        this.basin = basin;
    }

    Function<Progress, JsonNode> plan(JsonNode body) {
        RunRequest request = RunRequest.of(body, Set.of("mode", "end_storage"));
        SeasonPlan.Mode mode = RunRequest.refused("mode", () -> SeasonPlan.Mode.parse(request.text("mode").orElse("simulate")));
        EndStorage end = RunRequest.refused("end_storage", () -> SeasonPlan.parseEndStorage(request.text("end_storage").orElse("initial")));
        PreparedRun run = request.prepare(basin.get(), SOURCE, RunRoutes.comingVegetation());
        return progress -> RunResults.plan(SeasonPlan.run(run, mode, mode.defaultSolver(), end, progress));
    }

    Function<Progress, JsonNode> exchange(JsonNode body) {
        RunRequest request = RunRequest.of(body, Set.of("sub_basin"));
        PreparedRun run = request.prepare(basin.get(), SOURCE, hydrologicalYear());
        Optional<String> subBasin = request.text("sub_basin");
        Network network = subBasin.map(name -> RunRequest.refused("sub_basin", () -> SubBasin.of(run.network(), name)))
                .orElse(run.network());
        return progress -> RunResults.asNamed(ExchangeReport.of(WaterEnergyExchange.compare(network, run.basin().economy(), run.axis(),
                options()), run, subBasin.orElse("basin")));
    }

    Function<Progress, JsonNode> coalitions(JsonNode body) {
        RunRequest request = RunRequest.of(body, Set.of("players", "propose"));
        List<String> players = request.texts("players");
        Optional<Map<String, Double>> proposed = proposed(request.body().get("propose"));
        PreparedRun run = request.prepare(basin.get(), SOURCE, hydrologicalYear());
        Set<String> countries = new TreeSet<>(run.network().nodes().stream().map(Node::country).toList());
        List<String> unknown = new ArrayList<>(players);
        proposed.ifPresent(split -> unknown.addAll(split.keySet()));
        unknown.removeAll(countries);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(players.containsAll(unknown) ? "players" : "propose", String.join(", ", unknown)
                    + " is not a country of the basin; expected some of " + String.join(", ", countries));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        return progress -> {
            WaterGameResult water = WaterGame.compute(run.network(), run.basin().economy(), run.axis(), options(), players, threads,
                    progress);
            FairShares shares = FairShares.of(water.game(), water.cooperativeMusd(), water.waterUseHm3(), proposed, SolverKind.GLOP);
            return RunResults.asNamed(CoalitionReport.of(run, water, shares, threads, List.of()));
        };
    }

    Function<Progress, JsonNode> ensemble(JsonNode body) {
        RunRequest request = RunRequest.of(body, Set.of("traces", "years", "seed"));
        EnsembleRun ensemble = new EnsembleRun(request.integer("traces", 20, 1, MAX_TRACES), request.integer("years", 1, 1, MAX_YEARS),
                request.integer("seed", 1, 0, Integer.MAX_VALUE), 0.6, SolverKind.CLP);
        PreparedRun run = request.prepare(basin.get(), SOURCE, hydrologicalYear());
        return progress -> RunResults.snakeCase(ensemble.run(run, Runtime.getRuntime().availableProcessors(), progress));
    }

    private static PlanningOptions options() {
        return PlanningOptions.defaults().withSolver(SolverKind.CLP);
    }

    private static Season hydrologicalYear() {
        return Season.hydrologicalYear(RunRoutes.comingVegetation().start().getYear() - 1);
    }

    private static Optional<Map<String, Double>> proposed(JsonNode propose) {
        if (propose == null || propose.isNull()) {
            return Optional.empty();
        }
        Map<String, Double> split = new LinkedHashMap<>();
        if (propose.isObject()) {
            propose.fields().forEachRemaining(entry -> split.put(entry.getKey(), entry.getValue().isNumber() ? entry.getValue().asDouble() : null));
        }
        if (!propose.isObject() || split.isEmpty() || split.containsValue(null)) {
            throw new InvalidInputException("propose", "expected an object of million US$ per country such as {\"KGZ\": 600}, got " + propose);
        }
        return Optional.of(split);
    }
}
