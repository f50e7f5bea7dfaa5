package org.riparian.server.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Season;
import org.riparian.model.time.Step;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.query.Query;
import org.riparian.store.seed.BasinSeed;

/**
 * A past season of daily values for the seeded stations, generated from the approved plan plus noise so that a first
 * run has a bulletin to show: flows vary by a log-normal factor of about 5% a day, storage by 0.3%. One breach is put in
 * on purpose: in the second decade of the month with the highest agreed flow of the basin's first minimum-flow
 * agreement, the reservoirs above its gauge release less and the gauge passes 85% of the agreed flow. Each energy
 * delivery's meter counts the agreed energy of the day (the month's spread evenly) times the same 5% noise. Every value
 * carries {@link ObservationInput#SYNTHETIC} in its parameters.
 */
public final class DemoSeason {

    public static final long SEED = 2026;
    private static final String PARAMETERS = "{" + ObservationInput.SYNTHETIC + ",\"generator\":\"riparian serve --demo\",\"seed\":" + SEED + "}";
    private static final Principal DEMO = Principal.system("demo season (synthetic)");
    private static final long DAY_MS = 86_400_000L;

    private final Store store;
    private final SimulationResult plan;
    private final Random random = new Random(SEED);
    private final Breach breach;

    private DemoSeason(Store store, SimulationResult plan) {
        this.store = store;
        this.plan = plan;
        this.breach = Breach.in(plan);
    }

    /** The most recent vegetation season that has ended by {@code today}. */
    public static Season lastVegetation(LocalDate today) {
        return Season.vegetation(today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1);
    }

    /** Seeds {@code season} when the store holds no observation yet; the number of values delivered (0 when it had some). */
    public static int seedIfEmpty(Store store, ApprovedPlans plans, Season season) {
        long observations = store.entities().list(DEMO, EntityType.OBSERVATION, Optional.empty(), new Query(Optional.empty(), List.of(), 0, 0, true))
                .count().orElseThrow();
        return observations > 0 ? 0 : new DemoSeason(store, plans.of(season)).seed();
    }

    private int seed() {
        int delivered = 0;
        for (Node node : plan.network().nodes()) {
            if (node instanceof Junction junction && junction.gauge() || node instanceof Inflow) {
                delivered += deliver(node.id(), "discharge", this::outflowM3s, 0.05);
            } else if (node instanceof Canal) {
                delivered += deliver(node.id(), "withdrawal", this::inflowM3s, 0.05);
            } else if (node instanceof Reservoir) {
                delivered += deliver(node.id(), "release", this::outflowM3s, 0.05);
                delivered += deliver(node.id(), "reservoir volume", this::storageHm3, 0.003);
            }
        }
        for (Agreement agreement : plan.network().agreements()) {
            if (agreement instanceof EnergyDelivery delivery) {
                delivered += deliver(delivery.measuredAt(), BasinSeed.DELIVERED_ELECTRICITY, (meter, step, day) -> agreedGwh(delivery, step, day), 0.05);
            }
        }
        return delivered;
    }

    private static double agreedGwh(EnergyDelivery delivery, Step step, int day) {
        LocalDate date = step.start().plusDays(day);
        return delivery.energyGwh().month(date.getMonthValue()) / date.lengthOfMonth();
    }

    /** What the plan gives for a node on one day of a step. */
    private interface Daily {
        double value(String node, Step step, int day);
    }

    private int deliver(String node, String property, Daily daily, double noise) {
        Optional<Long> datastream = store.observations().datastreamAt(node, property).map(d -> d.id());
        if (datastream.isEmpty()) {
            return 0;
        }
        List<ObservationInput> inputs = new ArrayList<>();
        for (Step step : plan.axis().steps()) {
            for (int day = 0; day < step.days(); day++) {
                long startMs = step.start().plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                double factor = Math.exp(noise * random.nextGaussian() - noise * noise / 2);
                double value = Math.max(0, daily.value(node, step, day) * factor);
                inputs.add(new ObservationInput(datastream.get(), startMs, startMs + DAY_MS, value, null, PARAMETERS, null,
                        node + " " + property + " " + step.start().plusDays(day)));
            }
        }
        store.observations().deliver(DEMO, inputs);
        return inputs.size();
    }

    private double outflowM3s(String node, Step step, int day) {
        double hm3 = links(node, step, true);
        return Volumes.m3sFromHm3(hm3 - breach.cut(node, step), step.days());
    }

    private double inflowM3s(String node, Step step, int day) {
        return Volumes.m3sFromHm3(links(node, step, false), step.days());
    }

    private double storageHm3(String node, Step step, int day) {
        int n = plan.nodeIndex(node);
        double start = plan.storageStartHm3()[step.index()][n];
        double end = plan.storageEndHm3()[step.index()][n];
        return start + (end - start) * (day + 0.5) / step.days();
    }

    private double links(String node, Step step, boolean outgoing) {
        double sum = 0;
        for (int l = 0; l < plan.links().size(); l++) {
            Link link = plan.links().get(l);
            if ((outgoing ? link.from() : link.to()).equals(node)) {
                sum += plan.flowHm3()[step.index()][l];
            }
        }
        return sum;
    }

    /** The breach put in: at the gauge and the reservoirs above it, the volume taken off the plan in one decade. */
    private record Breach(int step, String gauge, Set<String> reservoirs, double cutHm3) {

        static Breach in(SimulationResult plan) {
            Optional<MinimumFlow> flow = plan.network().agreements().stream().filter(MinimumFlow.class::isInstance).map(MinimumFlow.class::cast)
                    .filter(f -> max(f.flow().volumesHm3(plan.axis())) > 0).findFirst();
            if (flow.isEmpty()) {
                return new Breach(-1, "", Set.of(), 0);
            }
            double[] agreed = flow.get().flow().volumesHm3(plan.axis());
            int step = middleOfPeak(plan, agreed);
            String gauge = flow.get().gauge();
            double planned = 0;
            for (int l = 0; l < plan.links().size(); l++) {
                planned += plan.links().get(l).from().equals(gauge) ? plan.flowHm3()[step][l] : 0;
            }
            return new Breach(step, gauge, reservoirsAbove(plan.network(), gauge), Math.max(0, planned - 0.85 * agreed[step]));
        }

        /** The gauge loses the whole cut; the reservoirs above it share it, so the shortfall traces back to their releases. */
        double cut(String node, Step at) {
            if (at.index() != step) {
                return 0;
            }
            if (node.equals(gauge)) {
                return cutHm3;
            }
            return reservoirs.contains(node) ? cutHm3 / reservoirs.size() : 0;
        }

        /** The second decade of the month with the highest agreed flow (the decade a bulletin is most often asked for). */
        private static int middleOfPeak(SimulationResult plan, double[] agreedHm3) {
            int peak = 0;
            for (int t = 1; t < agreedHm3.length; t++) {
                double perDay = agreedHm3[t] / plan.axis().step(t).days();
                peak = perDay > agreedHm3[peak] / plan.axis().step(peak).days() + 1e-9 ? t : peak;
            }
            int month = plan.axis().step(peak).start().getMonthValue();
            for (Step step : plan.axis().steps()) {
                if (step.start().getMonthValue() == month && step.start().getDayOfMonth() == 11) {
                    return step.index();
                }
            }
            return peak;
        }

        private static double max(double[] values) {
            double max = 0;
            for (double v : values) {
                max = Math.max(max, v);
            }
            return max;
        }

        private static Set<String> reservoirsAbove(Network network, String gauge) {
            Set<String> seen = new HashSet<>(List.of(gauge));
            Set<String> reservoirs = new HashSet<>();
            Deque<String> open = new ArrayDeque<>(List.of(gauge));
            while (!open.isEmpty()) {
                for (Link link : network.linksTo(open.pop())) {
                    Node up = network.node(link.from()).orElseThrow();
                    if (seen.add(up.id())) {
                        if (up instanceof Reservoir) {
                            reservoirs.add(up.id());
                        } else if (!(up instanceof Inflow)) {
                            open.push(up.id());
                        }
                    }
                }
            }
            return reservoirs;
        }
    }
}
