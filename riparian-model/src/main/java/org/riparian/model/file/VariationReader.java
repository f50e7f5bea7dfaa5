package org.riparian.model.file;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.basin.Scenario;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.series.Series;

/** Reads what a run may vary: the named hydrologies and scenarios, checking every node they name. */
final class VariationReader {

    private static final String INFLOW = "the id of an inflow node";

    private final SeriesReader series;
    private final NodeIndex nodes;

    VariationReader(SeriesReader series, NodeIndex nodes) {
        this.series = series;
        this.nodes = nodes;
    }

    Map<String, Hydrology> hydrologies(Field at) {
        Map<String, Hydrology> hydrologies = new LinkedHashMap<>();
        for (Field entry : at.entries("a mapping of hydrology names to {description:, inflows:}")) {
            int before = at.problems().count();
            entry.allowOnly(List.of("description", "inflows"), "a hydrology: a mapping with inflows:");
            String description = description(entry);
            Map<String, Series> inflows = new LinkedHashMap<>();
            for (Field inflow : entry.required("inflows", "a mapping of inflow ids to series").entries("a mapping of inflow ids to series")) {
                nodes.check(inflow, inflow.key(), Inflow.class::isInstance, INFLOW);
                series.series(inflow).ifPresent(s -> inflows.put(inflow.key(), s));
            }
            if (at.problems().count() == before) {
                hydrologies.put(entry.key(), new Hydrology(entry.key(), description, inflows));
            }
        }
        return hydrologies;
    }

    Map<String, Scenario> scenarios(Field at) {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Field entry : at.entries("a mapping of scenario names to {build:, inflow_scale:, demand_scale:, inflow_monthly_scale:}")) {
            int before = at.problems().count();
            entry.allowOnly(List.of("description", "build", "inflow_scale", "demand_scale", "inflow_monthly_scale"),
                    "a scenario: a mapping with build:, inflow_scale:, demand_scale: or inflow_monthly_scale:");
            String description = description(entry);
            Set<String> build = build(entry);
            Map<String, Double> inflowScale = scale(entry, "inflow_scale", Inflow.class, "an inflow");
            Map<String, Double> demandScale = scale(entry, "demand_scale", Demand.class, "a demand");
            Map<String, MonthlyValues> monthlyScale = monthlyScale(entry);
            if (at.problems().count() == before) {
                entry.build(() -> new Scenario(entry.key(), description, build, inflowScale, demandScale, monthlyScale))
                        .ifPresent(scenario -> scenarios.put(entry.key(), scenario));
            }
        }
        return scenarios;
    }

    private Set<String> build(Field entry) {
        Set<String> build = new LinkedHashSet<>();
        String expected = "the id of a planned reservoir or hydropower node";
        for (Field item : entry.optional("build").map(f -> f.items("node ids")).orElse(List.of())) {
            String id = item.text(expected);
            if (!id.isEmpty() && nodes.check(item, id, node -> node instanceof Reservoir r && r.status() == Status.PLANNED
                    || node instanceof Hydropower h && h.status() == Status.PLANNED, expected)) {
                build.add(id);
            }
        }
        return build;
    }

    private Map<String, Double> scale(Field entry, String key, Class<?> kind, String noun) {
        Map<String, Double> factors = new LinkedHashMap<>();
        for (Field factor : entry.optional(key).map(f -> f.entries("a mapping of node ids (or \"*\") to factors")).orElse(List.of())) {
            if (!factor.key().equals(Basin.ALL)) {
                nodes.check(factor, factor.key(), kind::isInstance, "the id of " + noun + " node or \"*\" for all");
            }
            factors.put(factor.key(), factor.number("a factor >= 0 such as 0.9"));
            if (factors.get(factor.key()) < 0) {
                factor.problem("is negative, expected a factor >= 0 such as 0.9");
            }
        }
        return factors;
    }

    private Map<String, MonthlyValues> monthlyScale(Field entry) {
        Map<String, MonthlyValues> factors = new LinkedHashMap<>();
        String expected = "a mapping of inflow ids (or \"*\") to 12 factors >= 0, January to December";
        for (Field factor : entry.optional("inflow_monthly_scale").map(f -> f.entries(expected)).orElse(List.of())) {
            if (!factor.key().equals(Basin.ALL)) {
                nodes.check(factor, factor.key(), Inflow.class::isInstance, "the id of an inflow node or \"*\" for all");
            }
            int before = factor.problems().count();
            factor.items("12 factors >= 0, January to December");
            if (factor.problems().count() > before) {
                continue;
            }
            double[] values = Tables.numbers(factor, 12);
            for (int month = 0; month < 12 && factor.problems().count() == before; month++) {
                if (values[month] < 0) {
                    factor.problem("month " + (month + 1) + " is " + values[month] + ", expected a factor >= 0 such as 0.9");
                }
            }
            if (factor.problems().count() == before) {
                factors.put(factor.key(), new MonthlyValues(values));
            }
        }
        return factors;
    }

    private static String description(Field entry) {
        return entry.optional("description").map(f -> f.text("a description")).orElse("");
    }
}
