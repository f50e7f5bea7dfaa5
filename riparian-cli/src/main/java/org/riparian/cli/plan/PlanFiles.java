package org.riparian.cli.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.plan.PlanDocument;
import org.riparian.analysis.plan.PlanSummary;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Link;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.Step;

/**
 * The plan's machine-readable files. All four are written to a fresh folder beside the target and then moved into
 * place, so an interrupted run never leaves a half-written set.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static void write(Path directory, SimulationResult result, PlanSummary summary) {
        Map<String, String> files = Map.of(
                "allocation.csv", allocationCsv(result),
                "flows.csv", flowsCsv(result),
                "reservoirs.csv", reservoirsCsv(result),
                "summary.json", summaryJson(summary));
        OutputFolder.writeAll(directory, files, "the plan");
    }

    public static String allocationCsv(SimulationResult result) {
        StringBuilder csv = new StringBuilder("step_start,step_end,node,country,kind,demand_hm3,delivered_hm3,shortage_hm3\n");
        List<Node> nodes = result.nodes();
        for (Step step : result.axis().steps()) {
            int t = step.index();
            for (int n = 0; n < nodes.size(); n++) {
                if (nodes.get(n) instanceof Demand demand) {
                    csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%.6f,%.6f,%.6f%n", step.start(), step.end(), demand.id(),
                            demand.country(), demand.use().name().toLowerCase(Locale.ROOT), result.needHm3()[t][n],
                            result.intakeHm3()[t][n], result.shortageHm3()[t][n]));
                }
            }
        }
        return csv.toString();
    }

    static String flowsCsv(SimulationResult result) {
        StringBuilder csv = new StringBuilder("step_start,step_end,link,flow_hm3\n");
        List<Link> links = result.links();
        for (Step step : result.axis().steps()) {
            for (int l = 0; l < links.size(); l++) {
                csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.6f%n", step.start(), step.end(), links.get(l).name(),
                        result.flowHm3()[step.index()][l]));
            }
        }
        return csv.toString();
    }

    static String reservoirsCsv(SimulationResult result) {
        StringBuilder csv = new StringBuilder(
                "step_start,step_end,node,storage_start_hm3,storage_end_hm3,release_hm3,spill_hm3,evaporation_hm3\n");
        List<Node> nodes = result.nodes();
        for (Step step : result.axis().steps()) {
            int t = step.index();
            for (int n = 0; n < nodes.size(); n++) {
                if (nodes.get(n) instanceof Reservoir reservoir) {
                    csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.6f,%.6f,%.6f,%.6f,%.6f%n", step.start(), step.end(),
                            reservoir.id(), result.storageStartHm3()[t][n], result.storageEndHm3()[t][n],
                            result.releaseHm3()[t][n], result.spillHm3()[t][n], result.evaporationHm3()[t][n]));
                }
            }
        }
        return csv.toString();
    }

    public static String summaryJson(PlanSummary summary) {
        return JsonText.of(PlanDocument.of(summary), "the plan summary");
    }
}
