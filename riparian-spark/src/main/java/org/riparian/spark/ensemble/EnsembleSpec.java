package org.riparian.spark.ensemble;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.riparian.analysis.ensemble.Ensemble;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * What defines an ensemble, small enough to broadcast: the basin (a file every executor can read, or the shipped Aral
 * basin), the scenarios, the time axis and the generator's cross-site correlation. The basin's records are not
 * serializable and need not be: each executor JVM reads the basin once from this (see {@link ExecutorEnsembles}).
 *
 * @param basinFile       a basin file's path as every executor sees it, or {@link #SHIPPED_ARAL}
 * @param start           first day of every trace (the season's start)
 * @param years           years per trace
 * @param siteCorrelation correlation of the same month's flows at any two sampled inflows
 */
public record EnsembleSpec(String basinFile, List<String> scenarios, LocalDate start, int years, StepKind step,
        double siteCorrelation, SolverKind solver) implements Serializable {

    /** The basin shipped with Riparian, read from its own jar on every executor. */
    public static final String SHIPPED_ARAL = "shipped Aral Sea basin";

    public EnsembleSpec {
        scenarios = List.copyOf(scenarios);
        if (years < 1) {
            throw new IllegalArgumentException("--years must be at least 1, got " + years);
        }
        if (!(siteCorrelation > -1 && siteCorrelation < 1)) {
            throw new IllegalArgumentException("--site-correlation must lie strictly between -1 and 1, got " + siteCorrelation);
        }
    }

    /** The ensemble this defines; the same for every JVM that builds it. */
    public Ensemble build() {
        TimeAxis axis = TimeAxis.of(step, start, start.plusYears(years));
        return Ensemble.sampling(basin(), basinFile, scenarios, axis, siteCorrelation, solver);
    }

    private Basin basin() {
        if (basinFile.equals(SHIPPED_ARAL)) {
            return AralBasin.load();
        }
        Path path = Path.of(basinFile);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("basin file " + path + " does not exist or is not a file on this machine"
                    + " (on a cluster it must be readable by every executor)");
        }
        return BasinFileReader.read(path);
    }
}
