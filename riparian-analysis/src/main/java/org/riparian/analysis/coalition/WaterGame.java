package org.riparian.analysis.coalition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.riparian.analysis.exchange.Regimes;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.TimeAxis;

/**
 * The coalition game of a basin's countries, every value an engine run. The countries outside a coalition act alone:
 * their reservoirs follow the paths they choose in the go-alone regime. The coalition plans its members' reservoirs
 * for their joint benefit (only their benefits counted); then, as in the go-alone regime, the water that reaches each
 * demand is shared with every reservoir path fixed, and v(S) is what the members get. A coalition that owns no
 * reservoir changes nothing, so its value is its members' go-alone benefit without a run of its own.
 *
 * <p>The coalitions run in parallel, each building its own LP; the network and economy are only read.
 */
public final class WaterGame {

    private final Network network;
    private final Economy economy;
    private final TimeAxis axis;
    private final PlanningOptions options;
    private final List<String> players;
    private final Set<String> everyCountry;

    private WaterGame(Network network, Economy economy, TimeAxis axis, PlanningOptions options, List<String> players) {
        this.network = network;
        this.economy = economy;
        this.axis = axis;
        this.options = options;
        this.players = List.copyOf(players);
        this.everyCountry = new TreeSet<>(network.nodes().stream().map(Node::country).toList());
    }

    /** The game over {@code players} (every country of the network when empty), on {@code threads} threads. */
    public static WaterGameResult compute(Network network, Economy economy, TimeAxis axis, PlanningOptions options,
            List<String> players, int threads, Progress progress) {
        long started = System.nanoTime();
        WaterGame water = new WaterGame(network, economy, axis, options, players.isEmpty() ? countries(network) : players);
        water.checkPlayers();
        return water.run(Math.max(1, threads), progress, started);
    }

    private static List<String> countries(Network network) {
        return List.copyOf(new TreeSet<>(network.nodes().stream().map(Node::country).toList()));
    }

    private void checkPlayers() {
        for (String player : players) {
            if (!everyCountry.contains(player)) {
                throw new IllegalArgumentException("player '" + player + "' is not a country of the basin; expected one of " + everyCountry);
            }
        }
        if (new TreeSet<>(players).size() != players.size()) {
            throw new IllegalArgumentException("players must be distinct: " + players);
        }
    }

    private WaterGameResult run(int threads, Progress progress, long started) {
        List<String> owners = Regimes.ownersUpstreamFirst(network);
        int coalitions = (1 << players.size()) - 1;
        int total = owners.size() + 1 + coalitions;
        AtomicInteger done = new AtomicInteger();
        Runnable tick = () -> progress.stepDone(done.incrementAndGet(), total);
        Map<String, double[]> alonePaths = Regimes.alonePaths(network, economy, axis, options, owners, (owner, of) -> tick.run());
        PlanningResult alone = Regimes.shared(network, economy, axis, options, alonePaths);
        tick.run();
        CoalitionRuns runs = new CoalitionRuns(alonePaths, alone, owners);
        List<PlanningResult> outcomes = inParallel(runs, coalitions, threads, tick);
        double[] values = new double[coalitions + 1];
        for (int coalition = 1; coalition <= coalitions; coalition++) {
            values[coalition] = membersTotal(outcomes.get(coalition - 1), coalition);
        }
        PlanningResult grand = outcomes.get(coalitions - 1);
        return new WaterGameResult(new Game(players, values), owners, benefits(alone), benefits(grand), waterUseHm3(grand),
                owners.size() + 1 + runs.engineRuns(), System.nanoTime() - started);
    }

    /** The outcome of every non-empty coalition, in mask order, on a pool of {@code threads}. */
    private static List<PlanningResult> inParallel(CoalitionRuns runs, int coalitions, int threads, Runnable tick) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PlanningResult>> futures = new ArrayList<>();
            for (int coalition = 1; coalition <= coalitions; coalition++) {
                int mask = coalition;
                Callable<PlanningResult> task = () -> {
                    PlanningResult outcome = runs.outcome(mask);
                    tick.run();
                    return outcome;
                };
                futures.add(pool.submit(task));
            }
            List<PlanningResult> outcomes = new ArrayList<>();
            for (Future<PlanningResult> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PlanningResult await(Future<PlanningResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the coalitions ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The engine runs of one coalition: its plan with outsiders held to their go-alone paths, then the sharing. */
    private final class CoalitionRuns {

        private final Map<String, double[]> alonePaths;
        private final PlanningResult alone;
        private final Set<String> owners;
        private final AtomicInteger engineRuns = new AtomicInteger();

        CoalitionRuns(Map<String, double[]> alonePaths, PlanningResult alone, List<String> owners) {
            this.alonePaths = alonePaths;
            this.alone = alone;
            this.owners = Set.copyOf(owners);
        }

        PlanningResult outcome(int coalition) {
            Set<String> members = Set.copyOf(members(coalition));
            if (members.stream().noneMatch(owners::contains)) {
                return alone;
            }
            Map<String, double[]> outsiders = outsidersPaths(members);
            PlanningResult plan = Planning.run(network, economy, axis,
                    options.countingOnly(members).withFixedStorage(outsiders), Progress.NONE);
            engineRuns.incrementAndGet();
            if (members.containsAll(everyCountry)) {
                return plan;
            }
            Map<String, double[]> paths = new HashMap<>(outsiders);
            paths.putAll(Regimes.storagePaths(network, plan, members));
            engineRuns.incrementAndGet();
            return Regimes.shared(network, economy, axis, options, paths);
        }

        private Map<String, double[]> outsidersPaths(Set<String> members) {
            Map<String, double[]> paths = new HashMap<>();
            for (Reservoir reservoir : network.nodesOf(Reservoir.class)) {
                if (!members.contains(reservoir.country()) && alonePaths.containsKey(reservoir.id())) {
                    paths.put(reservoir.id(), alonePaths.get(reservoir.id()));
                }
            }
            return paths;
        }

        int engineRuns() {
            return engineRuns.get();
        }
    }

    private List<String> members(int coalition) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if (Game.contains(coalition, i)) {
                members.add(players.get(i));
            }
        }
        return members;
    }

    private double membersTotal(PlanningResult result, int coalition) {
        double total = 0;
        for (String member : members(coalition)) {
            PlanningResult.CountryBenefit benefit = result.benefits().get(member);
            total += benefit == null ? 0 : benefit.totalMusd();
        }
        return total;
    }

    /** Each player's benefit in a run, million US$. */
    private Map<String, Double> benefits(PlanningResult result) {
        Map<String, Double> benefits = new LinkedHashMap<>();
        for (String player : players) {
            PlanningResult.CountryBenefit benefit = result.benefits().get(player);
            benefits.put(player, benefit == null ? 0 : benefit.totalMusd());
        }
        return benefits;
    }

    /** Water delivered to each player's demands over the season, hm³: the basis of a split proportional to water use. */
    private Map<String, Double> waterUseHm3(PlanningResult result) {
        Map<String, Double> use = new LinkedHashMap<>();
        players.forEach(player -> use.put(player, 0.0));
        List<Node> nodes = network.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Demand demand && use.containsKey(demand.country())) {
                double delivered = 0;
                for (int t = 0; t < axis.size(); t++) {
                    delivered += result.allocation().deliveredHm3(t, n);
                }
                use.merge(demand.country(), delivered, Double::sum);
            }
        }
        return use;
    }
}
