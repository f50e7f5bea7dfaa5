package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.riparian.analysis.plan.PlanDocument;
import org.riparian.analysis.plan.SeasonPlan;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;
import org.riparian.server.http.Json;

/** The results of runs as JSON: the same documents the command line writes, keyed the same way. */
final class RunResults {

    /** The ensemble report is written in snake_case by the command line too. */
    private static final ObjectMapper SNAKE_CASE = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private RunResults() {
    }

    static JsonNode asNamed(Object report) {
        return Json.MAPPER.valueToTree(report);
    }

    static JsonNode snakeCase(Object report) {
        return SNAKE_CASE.valueToTree(report);
    }

    /** summary.json of {@code riparian plan}, and per node the series the schematic colours by (hm³ per step). */
    static JsonNode plan(SeasonPlan.Outcome outcome) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.set("summary", Json.MAPPER.valueToTree(PlanDocument.of(outcome.summary())));
        json.set("nodes", nodeSeries(outcome.result()));
        return json;
    }

    private static ObjectNode nodeSeries(SimulationResult result) {
        ObjectNode nodes = Json.MAPPER.createObjectNode();
        List<Node> all = result.nodes();
        for (int n = 0; n < all.size(); n++) {
            Node node = all.get(n);
            if (node instanceof Demand) {
                ObjectNode series = nodes.putObject(node.id());
                column(series.putArray("demand_hm3"), result.needHm3(), n);
                column(series.putArray("delivered_hm3"), result.intakeHm3(), n);
                column(series.putArray("shortage_hm3"), result.shortageHm3(), n);
            } else if (node instanceof Reservoir reservoir) {
                ObjectNode series = nodes.putObject(node.id()).put("full_storage_hm3", reservoir.fullStorageHm3())
                        .put("dead_storage_hm3", reservoir.deadStorageHm3());
                column(series.putArray("storage_end_hm3"), result.storageEndHm3(), n);
                column(series.putArray("release_hm3"), result.releaseHm3(), n);
            } else if (node instanceof Terminal) {
                column(nodes.putObject(node.id()).putArray("inflow_hm3"), result.intakeHm3(), n);
            }
        }
        return nodes;
    }

    private static void column(ArrayNode array, double[][] byStepAndNode, int node) {
        for (double[] step : byStepAndNode) {
            array.add(step[node]);
        }
    }
}
