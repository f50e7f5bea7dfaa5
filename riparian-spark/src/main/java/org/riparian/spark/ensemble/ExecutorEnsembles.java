package org.riparian.spark.ensemble;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.riparian.analysis.ensemble.Ensemble;

/**
 * The ensembles built in this JVM, one per definition. An executor runs many tasks, often on several threads at once;
 * they share one immutable ensemble (basin, generator) instead of each reading the basin again, and the first trace
 * run loads OR-Tools' native library once for the whole JVM.
 */
final class ExecutorEnsembles {

    private static final ConcurrentMap<EnsembleSpec, Ensemble> BUILT = new ConcurrentHashMap<>();

    private ExecutorEnsembles() {
    }

    static Ensemble of(EnsembleSpec spec) {
        return BUILT.computeIfAbsent(spec, EnsembleSpec::build);
    }
}
