package org.riparian.analysis.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.TimeAxis;

/** Compares a season operated country by country with the same season operated for the basin, and settles the gain. */
public final class WaterEnergyExchange {

    public static final String EQUAL_SPLIT = "equal split of the gain";

    private WaterEnergyExchange() {
    }

    public static ExchangeResult compare(Network network, Economy economy, TimeAxis axis, PlanningOptions options) {
        List<String> owners = Regimes.ownersUpstreamFirst(network);
        PlanningResult alone = Regimes.alone(network, economy, axis, options, owners);
        PlanningResult together = Regimes.together(network, economy, axis, options);
        Map<String, Double> aloneMusd = totals(network, alone);
        Map<String, Double> togetherMusd = totals(network, together);
        double gain = togetherMusd.values().stream().mapToDouble(Double::doubleValue).sum()
                - aloneMusd.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> settled = Settlement.equalSplit(aloneMusd, gain);
        Settlement settlement = new Settlement(settled, togetherMusd, together, economy, axis);
        Map<String, ExchangeResult.CountryOutcome> countries = new LinkedHashMap<>();
        for (String country : aloneMusd.keySet()) {
            countries.put(country, outcome(country, alone, together, settled.get(country), settlement.transferMusd().get(country)));
        }
        return new ExchangeResult(owners, countries, gain, EQUAL_SPLIT, settlement.energy(), settlement.money(), alone, together);
    }

    /** Every country of the network, with its total benefit in a regime (zero when it has none). */
    private static Map<String, Double> totals(Network network, PlanningResult result) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String country : new TreeSet<>(network.nodes().stream().map(Node::country).toList())) {
            PlanningResult.CountryBenefit benefit = result.benefits().get(country);
            totals.put(country, benefit == null ? 0 : benefit.totalMusd());
        }
        return totals;
    }

    private static ExchangeResult.CountryOutcome outcome(String country, PlanningResult alone, PlanningResult together,
            double settled, double transfer) {
        PlanningResult.CountryBenefit none = new PlanningResult.CountryBenefit(country, 0, 0);
        return new ExchangeResult.CountryOutcome(country, alone.benefits().getOrDefault(country, none),
                together.benefits().getOrDefault(country, none), produced(alone, country), produced(together, country),
                alone.energy().totalUnservedGwh(country), together.energy().totalUnservedGwh(country), settled, transfer);
    }

    private static double produced(PlanningResult result, String country) {
        return result.energy().totalServedGwh(country) + result.energy().totalSurplusGwh(country);
    }
}
