package org.riparian.pywr;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.riparian.engine.costs.CostFlows;

/**
 * The state a value is evaluated in: the step's date, the latest solved flows (the previous step's before the LP, this
 * step's after it) and the model's parameters, each computed once per phase.
 */
final class Evaluator {

    private final PywrModel model;
    private final Map<String, Double> computed = new HashMap<>();
    private final Set<String> computing = new HashSet<>();
    private LocalDate date;
    private double days;
    private CostFlows flows;
    private final Scenarios.Simulation simulation;

    Evaluator(PywrModel model, Scenarios.Simulation simulation) {
        this.model = model;
        this.simulation = simulation;
    }

    /** The member of a scenario group this simulation runs. */
    int member(String group) {
        Integer member = simulation.memberByGroup().get(group);
        if (member == null) {
            throw new PywrModelException("no scenario group named " + group);
        }
        return member;
    }

    /** Starts a phase: parameters are computed afresh from the given date and flows. */
    void phase(LocalDate stepDate, double stepDays, CostFlows latestFlows) {
        date = stepDate;
        days = stepDays;
        flows = latestFlows;
        computed.clear();
    }

    LocalDate date() {
        return date;
    }

    double days() {
        return days;
    }

    /** The latest flows, or null before the first step was solved. */
    CostFlows flows() {
        return flows;
    }

    PywrModel model() {
        return model;
    }

    double parameter(String name) {
        Double known = computed.get(name);
        if (known != null) {
            return known;
        }
        Parameter parameter = model.parameter(name);
        if (!computing.add(name)) {
            throw new PywrModelException("parameter " + name + " depends on itself");
        }
        try {
            double value = parameter.value().of(this);
            computed.put(name, value);
            return value;
        } finally {
            computing.remove(name);
        }
    }
}
