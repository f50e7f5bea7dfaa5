package org.riparian.analysis.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riparian.engine.planning.Planning;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * Holds an agreement against the basin's optimum: does the optimal plan already meet each clause, and what does
 * meeting the agreement (the plan with its clauses imposed, plus its electricity deliveries) cost each party
 * compared with the optimum? Electricity delivered is valued at each side's own price in that month.
 */
public final class AgreementEvaluation {

    private AgreementEvaluation() {
    }

    /** One clause checked in a plan: what it asks and what the plan does, in the clause's unit. */
    public record Clause(String clause, String unit, double required, double optimumActual, double agreedActual) {
        public boolean metByOptimum() {
            return optimumActual >= required - 1e-6 * Math.max(1, required);
        }

        public boolean metByAgreedPlan() {
            return agreedActual >= required - 1e-6 * Math.max(1, required);
        }
    }

    /** A party's benefit at the optimum and under the agreement (deliveries included), million US$. */
    public record PartyCost(String country, double optimumMusd, double agreedPlanMusd, double deliveriesMusd) {
        public double agreedMusd() {
            return agreedPlanMusd + deliveriesMusd;
        }

        /** What the agreement costs the party against the optimum (negative: it gains). */
        public double costMusd() {
            return optimumMusd - agreedMusd();
        }
    }

    public record Report(String agreement, List<Clause> clauses, Map<String, PartyCost> parties, PlanningResult optimum,
            PlanningResult agreed) {
    }

    public static Report evaluate(Network network, Economy economy, TimeAxis axis, PlanningOptions options,
            ExchangeAgreement agreement) {
        PlanningResult optimum = Planning.run(network, economy, axis, options, Progress.NONE);
        Network bound = withReleases(network, agreement);
        PlanningResult agreed = Planning.run(bound, economy, axis, options.withStorageFloors(floors(network, axis, agreement)),
                Progress.NONE);
        List<Clause> clauses = new ArrayList<>();
        for (ExchangeAgreement.StorageTarget target : agreement.storageTargets()) {
            int step = stepEndingBy(axis, target);
            clauses.add(new Clause(String.format("%s storage by %02d-%02d", target.reservoir(), target.by().getMonthValue(),
                    target.by().getDayOfMonth()), "hm3", target.atLeastHm3(),
                    storage(optimum, target.reservoir(), step), storage(agreed, target.reservoir(), step)));
        }
        for (ExchangeAgreement.MinimumRelease release : agreement.minimumReleases()) {
            clauses.add(new Clause(release.gauge() + " release in month " + release.month(), "m3/s", release.flowM3s(),
                    meanOutflowM3s(optimum.allocation(), release), meanOutflowM3s(agreed.allocation(), release)));
        }
        return new Report(agreement.name(), clauses, costs(agreement, economy, axis, optimum, agreed), optimum, agreed);
    }

    private static Network withReleases(Network network, ExchangeAgreement agreement) {
        Map<String, double[]> byGauge = new LinkedHashMap<>();
        agreement.minimumReleases().forEach(release -> byGauge.computeIfAbsent(release.gauge(), g -> new double[12])[release.month() - 1] =
                release.flowM3s());
        List<Agreement> agreements = new ArrayList<>(network.agreements());
        byGauge.forEach((gauge, flows) -> agreements.add(new MinimumFlow(agreement.name() + ":" + gauge, gauge, new MonthlyProfile(flows),
                agreement.parties(), Terms.STRICT)));
        return new Network(network.nodes(), network.links(), agreements);
    }

    private static Map<String, double[]> floors(Network network, TimeAxis axis, ExchangeAgreement agreement) {
        Map<String, double[]> floors = new HashMap<>();
        for (ExchangeAgreement.StorageTarget target : agreement.storageTargets()) {
            if (network.node(target.reservoir()).isEmpty()) {
                throw new IllegalArgumentException("agreement " + agreement.name() + ": no reservoir '" + target.reservoir() + "' in the basin");
            }
            floors.computeIfAbsent(target.reservoir(), r -> new double[axis.size()])[stepEndingBy(axis, target)] = target.atLeastHm3();
        }
        return floors;
    }

    /** The last step that ends on or before the target's date within the run. */
    private static int stepEndingBy(TimeAxis axis, ExchangeAgreement.StorageTarget target) {
        int found = -1;
        for (Step step : axis.steps()) {
            LocalDate by = target.by().atYear(step.end().getYear());
            if (!step.end().isAfter(by) && step.end().plusDays(1).isAfter(by.minusDays(step.days()))) {
                found = step.index();
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("the run " + axis.start() + " to " + axis.endExclusive() + " has no step ending by "
                    + target.by() + " for the target of " + target.reservoir());
        }
        return found;
    }

    private static double storage(PlanningResult result, String reservoir, int step) {
        return result.allocation().storageEndHm3()[step][result.allocation().nodeIndex(reservoir)];
    }

    private static double meanOutflowM3s(SimulationResult result, ExchangeAgreement.MinimumRelease release) {
        double volume = 0;
        int days = 0;
        for (Step step : result.axis().steps()) {
            if (step.start().getMonthValue() == release.month()) {
                for (int l = 0; l < result.links().size(); l++) {
                    Link link = result.links().get(l);
                    if (link.from().equals(release.gauge())) {
                        volume += result.flowHm3()[step.index()][l];
                    }
                }
                days += step.days();
            }
        }
        return days == 0 ? Double.NaN : Volumes.m3sFromHm3(volume, days);
    }

    private static Map<String, PartyCost> costs(ExchangeAgreement agreement, Economy economy, TimeAxis axis, PlanningResult optimum,
            PlanningResult agreed) {
        Map<String, Double> deliveries = new TreeMap<>();
        for (ExchangeAgreement.EnergyDelivery delivery : agreement.energyDeliveries()) {
            double perMonth = delivery.energyGwh() / delivery.months().size();
            for (int month : delivery.months()) {
                deliveries.merge(delivery.to(), perMonth * price(economy, delivery.to(), month) / 1000, Double::sum);
                deliveries.merge(delivery.from(), -perMonth * price(economy, delivery.from(), month) / 1000, Double::sum);
            }
        }
        Map<String, PartyCost> parties = new LinkedHashMap<>();
        for (String party : agreement.parties()) {
            parties.put(party, new PartyCost(party, total(optimum, party), total(agreed, party), deliveries.getOrDefault(party, 0.0)));
        }
        return parties;
    }

    private static double price(Economy economy, String country, int month) {
        return economy.energy(country).map(energy -> energy.valueUsdPerMwh().month(month)).orElse(0.0);
    }

    private static double total(PlanningResult result, String country) {
        PlanningResult.CountryBenefit benefit = result.benefits().get(country);
        return benefit == null ? 0 : benefit.totalMusd();
    }
}
