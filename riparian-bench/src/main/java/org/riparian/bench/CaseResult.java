package org.riparian.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.riparian.engine.simulation.RunStatistics;

/**
 * What the harness measured for one case over its measured runs (medians over runs). Times in ms. The overhead ratio
 * is the engine's whole run time (LP build + every step + recording) over the time inside OR-Tools' solve calls.
 */
@JsonPropertyOrder({"caseName", "solver", "nominalSize", "nodes", "steps", "runs", "msPerStep", "solverMsPerStep", "solvesPerStep",
        "overheadRatio", "stepLoopOverheadRatio", "buildMs", "runMs", "runMsMin", "runMsMax",
        "publishedGlopRebuiltMsPerStep", "ratioToGlopRebuilt", "publishedPywrMsPerStep", "ratioToPywr",
        "publishedInPlaceMsPerStep", "ratioToInPlace", "error"})
public record CaseResult(String caseName, String solver, int nominalSize, int nodes, int steps, int runs, double msPerStep,
        double solverMsPerStep, double solvesPerStep, double overheadRatio, double stepLoopOverheadRatio,
        double buildMs, double runMs, double runMsMin, double runMsMax, Double publishedGlopRebuiltMsPerStep,
        Double ratioToGlopRebuilt, Double publishedPywrMsPerStep, Double ratioToPywr, Double publishedInPlaceMsPerStep,
        Double ratioToInPlace, String error) {

    private static final double NONE = Double.NaN;

    public boolean ok() {
        return error == null;
    }

    /** Summarises measured runs; {@code wallNanos[i]} is the outside time of {@code Simulation.run} for run i. */
    static CaseResult of(BenchCase benchCase, List<RunStatistics> stats, long[] wallNanos) {
        int steps = benchCase.axis().size();
        double msPerStep = median(stats.stream().mapToDouble(s -> s.totalNanos() / 1e6 / steps).toArray());
        double solverMs = median(stats.stream().mapToDouble(s -> s.solverNanos() / 1e6 / steps).toArray());
        double solves = median(stats.stream().mapToDouble(s -> (double) s.solves() / steps).toArray());
        double ratio = median(stats.stream().mapToDouble(RunStatistics::engineOverheadRatio).toArray());
        double loopRatio = median(stats.stream()
                .mapToDouble(s -> (double) (s.totalNanos() - s.buildNanos()) / s.solverNanos()).toArray());
        double buildMs = median(stats.stream().mapToDouble(s -> s.buildNanos() / 1e6).toArray());
        double[] runMs = Arrays.stream(wallNanos).mapToDouble(n -> n / 1e6).toArray();
        References refs = References.of(benchCase, msPerStep);
        return new CaseResult(benchCase.name(), benchCase.solver().name(), benchCase.nominalSize(), benchCase.nodes(), steps, stats.size(),
                msPerStep, solverMs, solves, ratio, loopRatio, buildMs, median(runMs), Arrays.stream(runMs).min().orElse(0),
                Arrays.stream(runMs).max().orElse(0), refs.glopRebuilt(), refs.ratioToGlopRebuilt(), refs.pywr(),
                refs.ratioToPywr(), refs.inPlace(), refs.ratioToInPlace(), null);
    }

    /** A case whose run threw: no figures, the error's class and message instead. */
    static CaseResult failed(BenchCase benchCase, RuntimeException e) {
        return new CaseResult(benchCase.name(), benchCase.solver().name(), benchCase.nominalSize(), benchCase.nodes(),
                benchCase.axis().size(), 0, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, null, null, null, null, null,
                null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The published figures for a synthetic size and our ms per step over each; all null for other cases. */
    record References(Double glopRebuilt, Double ratioToGlopRebuilt, Double pywr, Double ratioToPywr, Double inPlace,
            Double ratioToInPlace) {

        static References of(BenchCase benchCase, double msPerStep) {
            if (benchCase.aral()) {
                return new References(null, null, null, null, null, null);
            }
            int size = benchCase.nominalSize();
            Double rebuilt = boxed(PublishedFigures.glopRebuiltMsPerStep(size));
            Double pywr = boxed(PublishedFigures.pywrMsPerStep(size));
            Double inPlace = boxed(PublishedFigures.inPlaceMsPerStep(benchCase.solver(), size));
            return new References(rebuilt, ratio(msPerStep, rebuilt), pywr, ratio(msPerStep, pywr), inPlace,
                    ratio(msPerStep, inPlace));
        }

        private static Double boxed(OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }

        private static Double ratio(double ours, Double theirs) {
            return theirs == null ? null : ours / theirs;
        }
    }
}
