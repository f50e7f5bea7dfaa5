package org.riparian.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** One warm multi-period plan of the Aral basin over 36 decades with hydropower, SLP to convergence; ms per plan. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AralSeasonPlanBenchmark {

    @Param({"CLP", "GLOP"})
    public String solver;

    private Basin basin;
    private Network network;
    private TimeAxis axis;
    private PlanningOptions options;

    @Setup(Level.Trial)
    public void load() {
        basin = AralBasin.load();
        network = basin.prepare(Optional.of("normal"), List.of());
        axis = TimeAxis.of(StepKind.DECADE, Season.hydrologicalYear(2026));
        options = PlanningOptions.defaults().withSolver(SolverKind.valueOf(solver));
    }

    @Benchmark
    public PlanningResult planYear() {
        return Planning.run(network, basin.economy(), axis, options, Progress.NONE);
    }
}
