package org.riparian.analysis.exchange;

import java.util.List;
import java.util.Map;
import org.riparian.engine.planning.PlanningResult;

/**
 * The water-for-energy comparison of one season: each country's benefit alone and together (million US$), the gain
 * of cooperation, the split the sharing rule sets, and the transfers that turn the cooperative outcome into it.
 */
public record ExchangeResult(List<String> ownersUpstreamFirst, Map<String, CountryOutcome> countries, double gainMusd,
        String sharingRule, List<EnergyTransfer> energyTransfers, List<MoneyTransfer> moneyTransfers, PlanningResult alone,
        PlanningResult together) {

    /** One country in both regimes: benefits (million US$) and energy (GWh) alone and together, and its settlement. */
    public record CountryOutcome(String country, PlanningResult.CountryBenefit alone, PlanningResult.CountryBenefit together,
            double energyAloneGwh, double energyTogetherGwh, double unservedAloneGwh, double unservedTogetherGwh,
            double settledMusd, double transferMusd) {

        /** What the country gains by cooperating once the settlement is paid, million US$ (never negative). */
        public double netGainMusd() {
            return settledMusd - alone.totalMusd();
        }
    }

    /** Electricity a country delivers to another in a month as part of the settlement, valued at the receiver's price. */
    public record EnergyTransfer(String month, String from, String to, double gwh, double valueMusd) {
    }

    /** What is left to settle in money, million US$. */
    public record MoneyTransfer(String from, String to, double musd) {
    }
}
