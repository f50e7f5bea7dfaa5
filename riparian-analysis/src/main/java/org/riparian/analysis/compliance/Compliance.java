package org.riparian.analysis.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.ReleaseSchedule;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.TerminalInflow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.model.time.Step;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Holds a basin's agreements and its approved plan against observations, decade by decade from the season's start
 * through one decade (energy deliveries month by month, to the end of that decade). The plan must be in decades; its
 * network is the one whose agreements are held.
 */
public final class Compliance {

    private final Network network;
    private final Readings readings;
    private final List<Step> steps;
    private final TimeAxis axis;

    private Compliance(SimulationResult plan, ObservedDecades observed, LocalDate throughDecade) {
        this.network = plan.network();
        this.axis = plan.axis();
        this.readings = new Readings(plan, observed);
        this.steps = plan.axis().steps().stream().filter(step -> !step.start().isAfter(throughDecade)).toList();
    }

    /** The report of {@code season} (its label), decades through the one starting at or holding {@code through}. */
    public static ComplianceReport of(String season, SimulationResult plan, ObservedDecades observed, LocalDate through) {
        if (plan.axis().kind() != StepKind.DECADE) {
            throw new IllegalArgumentException("compliance is held per decade; the plan is in " + plan.axis().kind().name().toLowerCase() + "s");
        }
        LocalDate decade = DecadeCalendar.startOfDecade(through);
        if (decade.isBefore(plan.axis().start()) || !decade.isBefore(plan.axis().endExclusive())) {
            throw new IllegalArgumentException("decade " + label(decade) + " is outside the season " + season + " ("
                    + plan.axis().start() + " to " + plan.axis().endExclusive().minusDays(1) + ")");
        }
        Compliance compliance = new Compliance(plan, observed, decade);
        List<Track> agreements = plan.network().agreements().stream().filter(agreement -> !(agreement instanceof EnergyDelivery))
                .map(compliance::agreement).toList();
        EnergyTracks energy = new EnergyTracks(compliance.readings, plan.axis().start(), DecadeCalendar.nextDecadeStart(decade));
        List<EnergyTrack> deliveries = plan.network().agreements().stream().filter(EnergyDelivery.class::isInstance)
                .map(agreement -> energy.of((EnergyDelivery) agreement)).toList();
        List<Track> canals = plan.network().nodesOf(Canal.class).stream()
                .map(canal -> compliance.station(canal, "canal-withdrawal", Measure.Kind.WITHDRAWAL)).toList();
        List<Track> reservoirs = new ArrayList<>();
        for (Reservoir reservoir : plan.network().nodesOf(Reservoir.class)) {
            reservoirs.add(compliance.station(reservoir, "reservoir-volume", Measure.Kind.VOLUME));
            reservoirs.add(compliance.station(reservoir, "reservoir-release", Measure.Kind.RELEASE));
        }
        return new ComplianceReport(season, label(decade), agreements, deliveries, canals, reservoirs, compliance.readings.sawSynthetic());
    }

    static String label(LocalDate decadeStart) {
        return String.format("%d-%02d-%d", decadeStart.getYear(), decadeStart.getMonthValue(), DecadeCalendar.decadeOfMonth(decadeStart));
    }

    private Track agreement(Agreement agreement) {
        if (agreement instanceof WithdrawalLimit limit) {
            return builder(agreement, "withdrawal-limit").ceiling(withdrawalSites(limit),
                    limit.perStep().map(series -> series.volumesHm3(axis)), limit.seasonTotalHm3(),
                    "withdrawals of " + limit.country() + " in the " + limit.basin() + " basin");
        }
        if (agreement instanceof MinimumFlow flow) {
            return builder(agreement, "minimum-flow").delivery(new UpstreamTrace(network, readings), flow.gauge(),
                    flow.flow().volumesHm3(axis), "flow at " + flow.gauge());
        }
        if (agreement instanceof TerminalInflow inflow) {
            String gauge = inflow.measuredAt().orElseGet(() -> gaugeInto(inflow));
            return builder(agreement, "terminal-inflow").delivery(new UpstreamTrace(network, readings), gauge,
                    inflow.flow().volumesHm3(axis), "inflow to " + inflow.terminal() + " at " + gauge);
        }
        if (agreement instanceof ReleaseSchedule schedule) {
            return builder(agreement, "release-schedule").releases(schedule.reservoir(), schedule.flow().volumesHm3(axis),
                    schedule.bound() == ReleaseSchedule.Bound.AT_MOST ? Status.Bound.AT_MOST : Status.Bound.AT_LEAST);
        }
        return builder(agreement, "storage-schedule").storage((StorageSchedule) agreement);
    }

    private TrackBuilder builder(Agreement agreement, String kind) {
        return new TrackBuilder(readings, steps, agreement.id(), kind, network.basinOf(agreement), agreement.parties(), agreement.terms());
    }

    private Track station(Node node, String kind, Measure.Kind measure) {
        return new TrackBuilder(readings, steps, node.id(), kind, node.place().basin(), List.of(node.country()), Terms.STRICT)
                .station(new Measure(node.id(), measure));
    }

    private List<String> withdrawalSites(WithdrawalLimit limit) {
        if (!limit.measuredAt().isEmpty()) {
            return limit.measuredAt();
        }
        return network.nodesOf(Canal.class).stream()
                .filter(canal -> canal.country().equals(limit.country()) && canal.place().basin().equals(limit.basin()))
                .map(Canal::id).toList();
    }

    private String gaugeInto(TerminalInflow inflow) {
        List<String> gauges = network.linksTo(inflow.terminal()).stream().map(link -> network.node(link.from()).orElseThrow())
                .filter(node -> node instanceof Junction junction && junction.gauge()).map(Node::id).toList();
        if (gauges.size() != 1) {
            throw new IllegalArgumentException("agreement " + inflow.id() + ": " + gauges.size() + " gauges link into terminal "
                    + inflow.terminal() + ", expected measured_at: naming the gauge where its inflow is observed");
        }
        return gauges.get(0);
    }

}
