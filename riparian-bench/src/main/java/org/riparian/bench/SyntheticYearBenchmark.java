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

/**
 * One warm simulation of a random basin ({@link Workloads#synthetic}) over 365 daily steps; ms per run. Divide by
 * 365 for ms per step, or use the harness ({@link EngineOverhead}), which also splits solver from engine time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SyntheticYearBenchmark {

    @Param({"60", "250", "1000"})
    public int size;

    @Param({"GLOP", "CLP"})
    public String solver;

    private Network network;
    private TimeAxis axis;
    private SolverKind kind;

    @Setup(Level.Trial)
    public void generate() {
        network = Workloads.synthetic(size);
        axis = Workloads.dailyYear();
        kind = SolverKind.parse(solver);
    }

    @Benchmark
    public SimulationResult dailyYear() {
        return Simulation.run(network, axis, kind, Progress.NONE);
    }
}
