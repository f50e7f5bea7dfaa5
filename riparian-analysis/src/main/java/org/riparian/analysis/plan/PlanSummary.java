package org.riparian.analysis.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.riparian.engine.allocation.Requirement;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;
import org.riparian.model.time.Step;

/**
 * The plan as water managers read it: per step and country demand, delivery and shortage; inflow to each terminal;
 * end-of-step storage of the main reservoirs; season totals and missed requirements. Volumes hm³.
 */
public record PlanSummary(RunDescription run, List<String> countries, List<String> terminals, List<String> reservoirs,
        List<StepRow> steps, Map<String, Share> countryTotals, Map<String, Double> terminalTotalsHm3,
        List<RequirementTotal> requirements, double worstRelativeImbalance, Optional<Economics> economics) {

    /** Reservoirs at least this large are "main" reservoirs in the table; smaller ones are in reservoirs.csv. */
    static final double MAIN_RESERVOIR_HM3 = 1000;
    /** Deficits below 1,000 m³ in a step are the solver's tolerance, not a missed requirement. */
    static final double MISSED_HM3 = 1e-3;

    /** Demand, delivery and shortage of one country (or the season), hm³. */
    public record Share(@JsonProperty("demand_hm3") double demandHm3, @JsonProperty("delivered_hm3") double deliveredHm3,
            @JsonProperty("shortage_hm3") double shortageHm3) {
        @JsonProperty("shortage_pct")
        public double shortagePercent() {
            return demandHm3 <= 0 ? 0 : 100 * shortageHm3 / demandHm3;
        }

        Share plus(Share other) {
            return new Share(demandHm3 + other.demandHm3, deliveredHm3 + other.deliveredHm3, shortageHm3 + other.shortageHm3);
        }
    }

    public record StepRow(String label, String start, String end, Map<String, Share> countries,
            @JsonProperty("terminal_inflow_hm3") Map<String, Double> terminalInflowHm3,
            @JsonProperty("storage_end_hm3") Map<String, Double> storageEndHm3) {
    }

    public record RequirementTotal(String name, String node, double targetHm3, double deficitHm3, int stepsMissed) {
    }

    public static PlanSummary of(SimulationResult result, RunDescription run, Optional<Economics> economics) {
        List<Node> nodes = result.nodes();
        List<String> countries = new ArrayList<>(new TreeSet<>(nodes.stream().filter(Demand.class::isInstance).map(Node::country).toList()));
        List<String> terminals = nodes.stream().filter(Terminal.class::isInstance).map(Node::id).toList();
        List<String> reservoirs = mainReservoirs(nodes);
        List<StepRow> rows = new ArrayList<>();
        for (Step step : result.axis().steps()) {
            rows.add(row(result, step, countries, terminals, reservoirs));
        }
        return new PlanSummary(run, countries, terminals, reservoirs, rows, countryTotals(rows, countries),
                terminalTotals(rows, terminals), requirementTotals(result), result.worstRelativeImbalance(), economics);
    }

    private static List<String> mainReservoirs(List<Node> nodes) {
        List<Reservoir> all = nodes.stream().filter(Reservoir.class::isInstance).map(Reservoir.class::cast).toList();
        return all.stream().filter(r -> all.size() <= 6 || r.fullStorageHm3() >= MAIN_RESERVOIR_HM3).map(Reservoir::id).toList();
    }

    private static StepRow row(SimulationResult result, Step step, List<String> countries, List<String> terminals,
            List<String> reservoirs) {
        int t = step.index();
        Map<String, Share> shares = new LinkedHashMap<>();
        countries.forEach(country -> shares.put(country, new Share(0, 0, 0)));
        List<Node> nodes = result.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Demand) {
                Share share = new Share(result.needHm3()[t][n], result.intakeHm3()[t][n], result.shortageHm3()[t][n]);
                shares.merge(nodes.get(n).country(), share, Share::plus);
            }
        }
        Map<String, Double> terminalInflow = new LinkedHashMap<>();
        terminals.forEach(id -> terminalInflow.put(id, result.intakeHm3()[t][result.nodeIndex(id)]));
        Map<String, Double> storage = new LinkedHashMap<>();
        reservoirs.forEach(id -> storage.put(id, result.storageEndHm3()[t][result.nodeIndex(id)]));
        return new StepRow(step.label(), step.start().toString(), step.end().toString(), shares, terminalInflow, storage);
    }

    private static Map<String, Share> countryTotals(List<StepRow> rows, List<String> countries) {
        Map<String, Share> totals = new LinkedHashMap<>();
        countries.forEach(country -> totals.put(country, new Share(0, 0, 0)));
        rows.forEach(row -> row.countries().forEach((country, share) -> totals.merge(country, share, Share::plus)));
        return totals;
    }

    private static Map<String, Double> terminalTotals(List<StepRow> rows, List<String> terminals) {
        Map<String, Double> totals = new LinkedHashMap<>();
        terminals.forEach(id -> totals.put(id, rows.stream().mapToDouble(row -> row.terminalInflowHm3().get(id)).sum()));
        return totals;
    }

    private static List<RequirementTotal> requirementTotals(SimulationResult result) {
        List<RequirementTotal> totals = new ArrayList<>();
        List<Requirement> requirements = result.requirements();
        for (int r = 0; r < requirements.size(); r++) {
            double target = 0;
            double deficit = 0;
            int missed = 0;
            for (int t = 0; t < result.axis().size(); t++) {
                target += result.requirementTargetHm3()[t][r];
                deficit += result.requirementDeficitHm3()[t][r];
                missed += result.requirementDeficitHm3()[t][r] > MISSED_HM3 ? 1 : 0;
            }
            totals.add(new RequirementTotal(requirements.get(r).name(), requirements.get(r).node(), target, deficit, missed));
        }
        return totals;
    }

    public Share basinTotal() {
        return countryTotals.values().stream().reduce(new Share(0, 0, 0), Share::plus);
    }
}
