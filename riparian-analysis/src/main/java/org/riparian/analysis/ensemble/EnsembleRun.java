package org.riparian.analysis.ensemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.generator.CrossCorrelation;
import org.riparian.analysis.generator.InflowGenerator;
import org.riparian.analysis.generator.Site;
import org.riparian.analysis.generator.TraceHydrology;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.time.TimeAxis;

/**
 * What an ensemble is asked for: {@code traces} traces of {@code years} years from the season's start, drawn from
 * {@code seed}, with {@code siteCorrelation} between the same month's flows at any two sampled inflows.
 */
public record EnsembleRun(int traces, int years, long seed, double siteCorrelation, SolverKind solver) {

    public EnsembleRun {
        if (traces < 1 || years < 1) {
            throw new IllegalArgumentException("traces and years must be at least 1, got " + traces + " and " + years);
        }
    }

    /** Runs the ensemble on {@code threads} threads and reports it; {@code progress} is told as traces finish. */
    public EnsembleReport run(PreparedRun run, int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        TimeAxis axis = TimeAxis.of(run.axis().kind(), run.season().start(), run.season().start().plusYears(years));
        List<Site> sites = TraceHydrology.sites(run.basin().network());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(run.basinSource() + " has no inflow with a climatology, so no traces can be generated");
        }
        InflowGenerator generator = new InflowGenerator(sites, CrossCorrelation.uniform(sites.stream().map(Site::id).toList(), siteCorrelation));
        Ensemble ensemble = new Ensemble(run.basin(), run.scenarios(), axis, generator, solver);
        long started = System.nanoTime();
        EnsembleResult result = ensemble.run(traces, seed, threads, progress);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> steps = axis.steps().stream().map(step -> step.start().toString()).toList();
        return EnsembleReport.of(description(run, axis, generator, threads, seconds), result, run.basin().network().byId(), steps);
    }

    private Map<String, Object> description(PreparedRun run, TimeAxis axis, InflowGenerator generator, int threads, double seconds) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("basin", run.basinSource());
        description.put("start", axis.start().toString());
        description.put("years", years);
        description.put("step", axis.kind().name().toLowerCase(Locale.ROOT));
        description.put("scenarios", run.scenarios());
        description.put("traces", traces);
        description.put("seed", seed);
        description.put("sampled_inflows", generator.sites());
        description.put("site_correlation", siteCorrelation);
        description.put("cross_correlation_damping", generator.crossCorrelationDamping());
        description.put("threads", threads);
        description.put("wall_seconds", seconds);
        description.put("traces_per_second", traces / seconds);
        return description;
    }
}
