package org.riparian.analysis.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.analysis.plan.PlanSummary.Share;
import org.riparian.engine.simulation.RunStatistics;

/** The shape of summary.json: stable snake_case keys, units in the key names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(Map<String, Object> run, Map<String, Share> countries, Map<String, Terminal> terminals,
        List<Requirement> requirements, Economics economics, List<PlanSummary.StepRow> steps) {

    public record Terminal(@JsonProperty("inflow_hm3") double inflowHm3) {
    }

    public record Requirement(String name, String node, @JsonProperty("target_hm3") double targetHm3,
            @JsonProperty("deficit_hm3") double deficitHm3, @JsonProperty("steps_missed") int stepsMissed) {
    }

    public static PlanDocument of(PlanSummary summary) {
        Map<String, Terminal> terminals = new LinkedHashMap<>();
        summary.terminalTotalsHm3().forEach((id, inflow) -> terminals.put(id, new Terminal(inflow)));
        List<Requirement> requirements = summary.requirements().stream()
                .map(r -> new Requirement(r.name(), r.node(), r.targetHm3(), r.deficitHm3(), r.stepsMissed())).toList();
        return new PlanDocument(metadata(summary), summary.countryTotals(), terminals, requirements,
                summary.economics().orElse(null), summary.steps());
    }

    private static Map<String, Object> metadata(PlanSummary summary) {
        RunDescription run = summary.run();
        RunStatistics stats = run.statistics();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("basin", run.basin());
        metadata.put("basin_source", run.basinSource());
        metadata.put("season", run.season());
        metadata.put("hydrology", run.hydrology());
        metadata.put("scenarios", run.scenarios());
        metadata.put("step", run.step());
        metadata.put("mode", run.mode());
        metadata.put("solver", stats.solver());
        metadata.put("steps", stats.steps());
        metadata.put("solves", stats.solves());
        metadata.put("run_seconds", stats.totalNanos() / 1e9);
        metadata.put("solver_seconds", stats.solverNanos() / 1e9);
        metadata.put("mass_balance_worst_relative", summary.worstRelativeImbalance());
        metadata.put("riparian_version", String.valueOf(PlanDocument.class.getPackage().getImplementationVersion()));
        return metadata;
    }
}
