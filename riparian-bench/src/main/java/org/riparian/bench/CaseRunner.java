package org.riparian.bench;

import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.RunStatistics;
import org.riparian.engine.simulation.Simulation;
import org.riparian.engine.simulation.SimulationResult;

/** Runs one case warm: some discarded warm-up runs, then measured runs whose statistics are kept. */
final class CaseRunner {

    private final int warmupRuns;
    private final int measuredRuns;
    /** Keeps results reachable so the JIT cannot drop the work; read once at the end. */
    private double sink;

    CaseRunner(int warmupRuns, int measuredRuns) {
        this.warmupRuns = warmupRuns;
        this.measuredRuns = measuredRuns;
    }

    /** Measures the case; a run that throws (e.g. a solver failure) ends it with the error recorded instead. */
    CaseResult run(BenchCase benchCase) {
        try {
            return measure(benchCase);
        } catch (RuntimeException e) {
            System.err.println("  " + benchCase.label() + " failed: " + e.getMessage());
            return CaseResult.failed(benchCase, e);
        }
    }

    private CaseResult measure(BenchCase benchCase) {
        for (int i = 0; i < warmupRuns; i++) {
            once(benchCase);
        }
        List<RunStatistics> stats = new ArrayList<>();
        long[] wallNanos = new long[measuredRuns];
        for (int i = 0; i < measuredRuns; i++) {
            long start = System.nanoTime();
            SimulationResult result = once(benchCase);
            wallNanos[i] = System.nanoTime() - start;
            stats.add(result.statistics());
        }
        return CaseResult.of(benchCase, stats, wallNanos);
    }

    private SimulationResult once(BenchCase benchCase) {
        SimulationResult result = Simulation.run(benchCase.network(), benchCase.axis(), benchCase.solver(), Progress.NONE);
        sink += result.worstRelativeImbalance();
        return result;
    }

    /** Largest mass-balance imbalance seen, summed over runs: a sanity figure and the sink that keeps runs alive. */
    double sink() {
        return sink;
    }
}
