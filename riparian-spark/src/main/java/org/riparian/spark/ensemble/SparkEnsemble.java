package org.riparian.spark.ensemble;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.analysis.ensemble.TraceOutcome;

/**
 * The ensemble on a Spark cluster. Trace numbers 0..n-1 are split into partitions; an executor runs the traces of its
 * partitions on the ensemble its JVM built from the broadcast definition, each trace with its own state, seeded by
 * its number as on one machine. The outcomes come back in trace order and are merged as the single-machine runner
 * merges them, so both give the same result for the same seed to the last bit.
 */
public final class SparkEnsemble {

    private SparkEnsemble() {
    }

    public static EnsembleResult run(JavaSparkContext spark, EnsembleSpec spec, int traces, long seed, int partitions) {
        if (traces < 1 || partitions < 1) {
            throw new IllegalArgumentException("an ensemble needs at least one trace and one partition, got " + traces
                    + " traces and " + partitions + " partitions");
        }
        Broadcast<EnsembleSpec> shared = spark.broadcast(spec);
        List<Integer> numbers = IntStream.range(0, traces).boxed().toList();
        List<TraceOutcome> outcomes = spark.parallelize(numbers, Math.min(partitions, traces))
                .map(trace -> ExecutorEnsembles.of(shared.value()).runTrace(seed, trace))
                .collect();
        shared.destroy();
        return EnsembleResult.of(outcomes);
    }
}
