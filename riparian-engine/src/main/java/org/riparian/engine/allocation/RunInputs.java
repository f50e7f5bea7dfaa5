package org.riparian.engine.allocation;

import java.time.LocalDate;
import java.util.List;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Demand;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.series.Series;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * Every time-varying number of a run resampled to its steps once, before the first solve: inflows, demands,
 * requirement targets, limits (hm³ per step) and evaporation depths (mm per step).
 */
record RunInputs(TimeAxis axis, double[][] nodeSeriesHm3, double[][] requirementHm3, double[][] limitPerStepHm3,
        double[][] evaporationMm) {

    static RunInputs of(Network network, TimeAxis axis, List<Requirement> requirements) {
        List<Node> nodes = network.nodes();
        double[][] nodeSeries = new double[nodes.size()][];
        double[][] evaporation = new double[nodes.size()][];
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (node instanceof Inflow inflow) {
                nodeSeries[n] = resampled("inflow " + inflow.id(), inflow.series(), axis);
            } else if (node instanceof Demand demand) {
                nodeSeries[n] = resampled("demand " + demand.id(), demand.demand(), axis);
            } else if (node instanceof Reservoir reservoir) {
                evaporation[n] = evaporationMm(reservoir.evaporationMm(), axis);
            }
        }
        double[][] requirementVolumes = new double[requirements.size()][];
        for (int r = 0; r < requirements.size(); r++) {
            requirementVolumes[r] = requirements.get(r).flow().volumesHm3(axis);
        }
        return new RunInputs(axis, nodeSeries, requirementVolumes, limitVolumes(network.agreements(), axis), evaporation);
    }

    /** The series in the run's steps; {@code owner} names the node or agreement for the error ("inflow naryn"). */
    private static double[] resampled(String owner, Series series, TimeAxis axis) {
        if (!series.covers(axis)) {
            throw new RunInputException("the series of " + owner + " does not cover the run " + axis.start() + " to "
                    + axis.endExclusive().minusDays(1) + ", expected a value for every day of the run");
        }
        return series.volumesHm3(axis);
    }

    private static double[][] limitVolumes(List<Agreement> agreements, TimeAxis axis) {
        List<WithdrawalLimit> limits = limits(agreements);
        double[][] volumes = new double[limits.size()][];
        for (int l = 0; l < limits.size(); l++) {
            WithdrawalLimit limit = limits.get(l);
            volumes[l] = limit.perStep().map(series -> resampled("withdrawal limit " + limit.id(), series, axis)).orElse(null);
        }
        return volumes;
    }

    static List<WithdrawalLimit> limits(List<Agreement> agreements) {
        return agreements.stream().filter(WithdrawalLimit.class::isInstance).map(WithdrawalLimit.class::cast).toList();
    }

    /** Monthly depths spread evenly over the days of each month, summed over the step's days. */
    private static double[] evaporationMm(MonthlyValues monthlyMm, TimeAxis axis) {
        double[] depths = new double[axis.size()];
        for (Step step : axis.steps()) {
            for (LocalDate day = step.start(); day.isBefore(step.endExclusive()); day = day.plusDays(1)) {
                depths[step.index()] += monthlyMm.month(day.getMonthValue()) / day.lengthOfMonth();
            }
        }
        return depths;
    }

    /** Soft requirements of a network: environmental minimum flows of gauges and agreed flows and terminal inflows. */
    static List<Requirement> requirements(Network network) {
        java.util.ArrayList<Requirement> requirements = new java.util.ArrayList<>();
        for (Node node : network.nodes()) {
            if (node instanceof Junction junction && junction.minimumFlow().isPresent()) {
                requirements.add(new Requirement("environmental_flow[" + junction.id() + "]", junction.id(), false,
                        junction.minimumFlow().get()));
            }
        }
        for (Agreement agreement : network.agreements()) {
            if (agreement instanceof MinimumFlow flow) {
                requirements.add(new Requirement("minimum_flow[" + flow.id() + "]", flow.gauge(), false, flow.flow()));
            } else if (agreement instanceof TerminalInflow inflow) {
                requirements.add(new Requirement("terminal_inflow[" + inflow.id() + "]", inflow.terminal(), true, inflow.flow()));
            }
        }
        return requirements;
    }

    static double capacityHm3(double capacityM3s, Step step) {
        return Volumes.hm3FromM3s(capacityM3s, step.days());
    }
}
