package org.riparian.analysis.ensemble;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.riparian.analysis.generator.CrossCorrelation;
import org.riparian.analysis.generator.InflowGenerator;
import org.riparian.analysis.generator.Site;
import org.riparian.analysis.generator.Trace;
import org.riparian.analysis.generator.TraceHydrology;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Network;
import org.riparian.model.time.TimeAxis;

/**
 * The engine over many generated traces. Each trace draws its inflows from its own seed, replaces the sampled
 * inflows of the basin with them, applies the scenarios and runs one simulation with its own LP; nothing but the
 * immutable basin and generator is shared between threads. The scenarios (builds, plain and monthly inflow scaling,
 * demand scaling) apply to every trace, so a climate or drought overlay is a scenario of the basin file.
 */
public record Ensemble(Basin basin, List<String> scenarios, TimeAxis axis, InflowGenerator generator,
        SolverKind solver) {

    public Ensemble {
        scenarios = List.copyOf(scenarios);
        scenarios.forEach(basin::scenario);
    }

    /**
     * The ensemble that samples every inflow of the basin with a climatology, the same month's flows at any two of
     * them correlated by {@code siteCorrelation}; the one set-up every runner (threads here, Spark executors) shares,
     * so equal arguments give equal traces.
     */
    public static Ensemble sampling(Basin basin, String basinSource, List<String> scenarios, TimeAxis axis,
            double siteCorrelation, SolverKind solver) {
        List<Site> sites = TraceHydrology.sites(basin.network());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(basinSource + " has no inflow with a climatology, so no traces can be generated");
        }
        InflowGenerator generator = new InflowGenerator(sites,
                CrossCorrelation.uniform(sites.stream().map(Site::id).toList(), siteCorrelation));
        return new Ensemble(basin, scenarios, axis, generator, solver);
    }

    /** Trace {@code k} of the ensemble seeded with {@code seed}, run and summarised. */
    public TraceOutcome runTrace(long seed, int k) {
        YearMonth first = YearMonth.from(axis.start());
        YearMonth last = YearMonth.from(axis.endExclusive().minusDays(1));
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        Trace trace = generator.generate(first, months, new SplittableRandom(TraceSeed.of(seed, k)));
        Network network = basin.prepareWith(Optional.of(TraceHydrology.of(trace, "trace " + k)), scenarios);
        return TraceOutcome.of(Simulation.run(network, axis, solver, Progress.NONE));
    }

    /** {@code traces} traces on {@code threads} threads; {@code progress} is told as traces finish. */
    public EnsembleResult run(int traces, long seed, int threads, Progress progress) {
        if (traces < 1 || threads < 1) {
            throw new IllegalArgumentException("an ensemble needs at least one trace and one thread, got " + traces
                    + " traces and " + threads + " threads");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<TraceOutcome>> futures = new ArrayList<>(traces);
            for (int k = 0; k < traces; k++) {
                int trace = k;
                futures.add(pool.submit(() -> {
                    TraceOutcome outcome = runTrace(seed, trace);
                    reportDone(progress, done.incrementAndGet(), traces);
                    return outcome;
                }));
            }
            List<TraceOutcome> outcomes = new ArrayList<>(traces);
            for (Future<TraceOutcome> future : futures) {
                outcomes.add(outcomeOf(future));
            }
            return EnsembleResult.of(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    // A progress bar is not thread-safe; traces finish on many threads.
    private static void reportDone(Progress progress, int done, int total) {
        synchronized (progress) {
            progress.stepDone(done, total);
        }
    }

    /** The trace's outcome, or its failure (an infeasible step, a bad series) rethrown as it was raised. */
    private static TraceOutcome outcomeOf(Future<TraceOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("trace failed: " + e.getCause(), e.getCause());
        }
    }
}
