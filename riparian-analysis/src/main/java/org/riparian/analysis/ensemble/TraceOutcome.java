package org.riparian.analysis.ensemble;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Terminal;

/**
 * What an ensemble keeps of one trace's run: a shortage tally per demand and per country (the country's demands
 * summed step by step), the volume each terminal received (hm³ over the run) and the energy produced (GWh over the
 * run, per country of the plant); step by step, each reservoir's end storage and each country's shortage (hm³), for
 * the fan charts. Serializable because a cluster runs traces in other JVMs and sends the outcomes back.
 */
public record TraceOutcome(Map<String, ShortageTally> demands, Map<String, ShortageTally> countries,
        Map<String, Double> terminalInflowHm3, Map<String, Double> energyGwh, Map<String, double[]> storageEndHm3,
        Map<String, double[]> countryShortageHm3) implements Serializable {

    public static TraceOutcome of(SimulationResult result) {
        List<Node> nodes = result.nodes();
        int steps = result.axis().size();
        Map<String, ShortageTally> demands = new LinkedHashMap<>();
        Map<String, double[][]> countrySums = new LinkedHashMap<>();
        Map<String, Double> terminals = new LinkedHashMap<>();
        Map<String, Double> energy = new LinkedHashMap<>();
        Map<String, double[]> storage = new LinkedHashMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (node instanceof Demand) {
                double[] shortage = column(result.shortageHm3(), n);
                double[] need = column(result.needHm3(), n);
                demands.put(node.id(), ShortageTally.of(shortage, need));
                double[][] sums = countrySums.computeIfAbsent(node.country(), country -> new double[2][steps]);
                for (int t = 0; t < steps; t++) {
                    sums[0][t] += shortage[t];
                    sums[1][t] += need[t];
                }
            } else if (node instanceof Terminal) {
                terminals.put(node.id(), total(column(result.intakeHm3(), n)));
            } else if (node instanceof Hydropower) {
                energy.merge(node.country(), total(column(result.energyGwh(), n)), Double::sum);
            } else if (node instanceof Reservoir) {
                storage.put(node.id(), column(result.storageEndHm3(), n));
            }
        }
        Map<String, ShortageTally> countries = new LinkedHashMap<>();
        Map<String, double[]> countryShortage = new LinkedHashMap<>();
        countrySums.forEach((country, sums) -> {
            countries.put(country, ShortageTally.of(sums[0], sums[1]));
            countryShortage.put(country, sums[0]);
        });
        return new TraceOutcome(demands, countries, terminals, energy, storage, countryShortage);
    }

    private static double[] column(double[][] byStepAndNode, int node) {
        double[] column = new double[byStepAndNode.length];
        for (int t = 0; t < column.length; t++) {
            column[t] = byStepAndNode[t][node];
        }
        return column;
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
