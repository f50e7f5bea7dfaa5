package org.riparian.bench;

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
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Network;
import org.riparian.model.time.TimeAxis;

/** One warm simulation of the shipped Aral basin over a hydrological year of 36 decades; ms per run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AralYearBenchmark {

    @Param({"GLOP", "CLP"})
    public String solver;

    private Network network;
    private TimeAxis axis;
    private SolverKind kind;

    /** Loads the basin file and the native solver library outside the measurement. */
    @Setup(Level.Trial)
    public void load() {
        network = Workloads.aral();
        axis = Workloads.decadeYear();
        kind = SolverKind.parse(solver);
    }

    @Benchmark
    public SimulationResult decadeYear() {
        return Simulation.run(network, axis, kind, Progress.NONE);
    }
}
