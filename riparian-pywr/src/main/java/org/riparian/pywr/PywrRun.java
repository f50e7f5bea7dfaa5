package org.riparian.pywr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.engine.costs.CostFlows;
import org.riparian.engine.costs.CostLp;
import org.riparian.engine.costs.CostNetwork;
import org.riparian.engine.costs.CostStep;
import org.riparian.engine.lp.SolverKind;

/**
 * Runs a Pywr model on the engine's cost allocation mode, one LP per step: parameters before the LP from the previous
 * step's flows, bounds and costs set, the LP solved, volumes carried over, parameters after the LP, metrics recorded.
 * Each simulation (combination of scenario members) starts from the initial state on the same LP.
 */
public final class PywrRun {

    /** One recorded value of one step of one simulation (a combination of scenario members). */
    public record Row(LocalDate start, LocalDate end, int simulation, String label, String metricSet, String name,
            String attribute, double value) {
    }

    private final PywrModel model;
    private final SolverKind lpSolver;
    private final Map<PywrModel.PywrEdge, List<Integer>> edgeColumns = new LinkedHashMap<>();

    private PywrRun(PywrModel model, SolverKind lpSolver) {
        this.model = model;
        this.lpSolver = lpSolver;
    }

    /** Runs every simulation of the model on CLP; the rows of each metric set by its name, by simulation then step. */
    public static Map<String, List<Row>> run(PywrModel model) {
        return run(model, SolverKind.CLP);
    }

    /**
     * The same on the given LP solver (CLP updates bounds in place and is the fastest here, GLOP is the engine's
     * default elsewhere); a model with mutually exclusive nodes always runs on CBC, as it needs a MILP.
     */
    public static Map<String, List<Row>> run(PywrModel model, SolverKind lpSolver) {
        if (lpSolver.mixedInteger()) {
            throw new IllegalArgumentException("an LP solver was expected, not " + lpSolver);
        }
        return new PywrRun(model, lpSolver).run();
    }

    private Map<String, List<Row>> run() {
        CostNetwork network = build();
        SolverKind solver = network.exclusiveGroups().isEmpty() ? lpSolver : SolverKind.CBC;
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        try (CostLp lp = new CostLp(network, solver)) {
            for (Scenarios.Simulation simulation : model.simulations()) {
                simulate(lp, simulation, rows);
            }
        }
        return rows;
    }

    /** One simulation from the initial state; the LP is shared, as only bounds and costs differ between them. */
    private void simulate(CostLp lp, Scenarios.Simulation simulation, Map<String, List<Row>> rows) {
        Evaluator evaluator = new Evaluator(model, simulation);
        List<PywrNode> all = new ArrayList<>(model.nodes().values());
        all.addAll(model.virtualNodes().values());
        all.forEach(PywrNode::reset);
        CostFlows flows = null;
        int days = model.stepDays();
        for (LocalDate date = model.start(); !date.isAfter(model.end()); date = date.plusDays(days)) {
            evaluator.phase(date, days, flows);
            CostStep step = lp.newStep();
            for (PywrNode node : all) {
                node.prepare(step, evaluator);
            }
            Map<String, Double> before = parametersBefore(evaluator);
            flows = lp.solve(step, date + labelSuffix(simulation));
            for (PywrNode node : all) {
                node.finish(flows, evaluator);
            }
            evaluator.phase(date, days, flows);
            Row at = new Row(date, date.plusDays(days), simulation.id(), simulation.label(), "", "", "", 0);
            record(rows, at, before, evaluator);
        }
    }

    private String labelSuffix(Scenarios.Simulation simulation) {
        return model.simulations().size() == 1 ? "" : " (scenario " + simulation.label() + ")";
    }

    private CostNetwork build() {
        CostNetwork.Builder builder = CostNetwork.builder();
        model.nodes().values().forEach(node -> node.build(builder));
        for (PywrModel.PywrEdge edge : model.edges()) {
            List<Integer> columns = new ArrayList<>();
            for (int from : model.node(edge.from()).outlets(edge.fromSlot())) {
                for (int to : model.node(edge.to()).inlets(edge.toSlot())) {
                    columns.add(builder.addEdge(from, to));
                }
            }
            edgeColumns.put(edge, columns);
        }
        model.virtualNodes().values().forEach(node -> node.build(builder));
        return builder.build();
    }

    private Map<String, Double> parametersBefore(Evaluator evaluator) {
        Map<String, Double> values = new HashMap<>();
        for (Parameter parameter : model.parameters().values()) {
            if (parameter.phase().before()) {
                values.put(parameter.name(), evaluator.parameter(parameter.name()));
            }
        }
        return values;
    }

    private void record(Map<String, List<Row>> rows, Row at, Map<String, Double> before, Evaluator evaluator) {
        for (OutputSpec output : model.outputs()) {
            for (String setName : output.metricSets()) {
                List<Row> setRows = rows.computeIfAbsent(setName, k -> new ArrayList<>());
                if (setRows.size() > 0 && sameStep(setRows.get(setRows.size() - 1), at)) {
                    continue; // a set shared by two outputs is recorded once per step
                }
                for (MetricSet.Recorded metric : model.metricSet(setName).metrics()) {
                    addRows(setRows, metric, row(at, setName, "", "", 0), before, evaluator);
                }
            }
        }
    }

    private void addRows(List<Row> rows, MetricSet.Recorded metric, Row at, Map<String, Double> before,
            Evaluator evaluator) {
        if (metric instanceof MetricSet.NodeMetric node) {
            rows.add(row(at, node.node(), node.attribute(),
                    model.node(node.node()).attribute(node.attribute(), evaluator.flows(), evaluator)));
        } else if (metric instanceof MetricSet.EdgeMetric edge) {
            rows.add(row(at, edge.name(), "Flow", edgeFlow(edge, evaluator)));
        } else if (metric instanceof MetricSet.TableMetric table) {
            rows.add(row(at, table.table(), table.keys(), table.value()));
        } else if (metric instanceof MetricSet.ParameterMetric parameter) {
            if (parameter.phase().before()) {
                rows.add(row(at, parameter.parameter(), "before", before.get(parameter.parameter())));
            }
            if (parameter.phase().after()) {
                rows.add(row(at, parameter.parameter(), "after", evaluator.parameter(parameter.parameter())));
            }
        }
    }

    private double edgeFlow(MetricSet.EdgeMetric metric, Evaluator evaluator) {
        double sum = 0;
        for (Map.Entry<PywrModel.PywrEdge, List<Integer>> edge : edgeColumns.entrySet()) {
            if (edge.getKey().from().equals(metric.from()) && edge.getKey().to().equals(metric.to())) {
                for (int column : edge.getValue()) {
                    sum += evaluator.flows().edge(column);
                }
            }
        }
        return sum;
    }

    private static boolean sameStep(Row a, Row b) {
        return a.start().equals(b.start()) && a.simulation() == b.simulation();
    }

    private static Row row(Row at, String name, String attribute, double value) {
        return row(at, at.metricSet(), name, attribute, value);
    }

    private static Row row(Row at, String metricSet, String name, String attribute, double value) {
        return new Row(at.start(), at.end(), at.simulation(), at.label(), metricSet, name, attribute, value);
    }
}
