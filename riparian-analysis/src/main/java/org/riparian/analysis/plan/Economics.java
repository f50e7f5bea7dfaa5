package org.riparian.analysis.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.riparian.engine.planning.PlanningResult;

/** The economic side of an optimised plan: energy and benefit per country, and how successive LP converged. */
public record Economics(Map<String, CountryEconomics> countries, @JsonProperty("slp_iterations") int iterations,
        @JsonProperty("slp_final_change_of_live_storage") double finalChange, boolean converged) {

    /** GWh and million US$ over the season. */
    public record CountryEconomics(@JsonProperty("energy_demand_gwh") double energyDemandGwh,
            @JsonProperty("energy_served_gwh") double energyServedGwh, @JsonProperty("energy_exported_gwh") double energyExportedGwh,
            @JsonProperty("energy_unserved_gwh") double energyUnservedGwh, @JsonProperty("irrigation_benefit_musd") double irrigationMusd,
            @JsonProperty("energy_benefit_musd") double energyMusd) {
        @JsonProperty("total_benefit_musd")
        public double totalMusd() {
            return irrigationMusd + energyMusd;
        }
    }

    public static Economics of(PlanningResult result) {
        Map<String, CountryEconomics> countries = new LinkedHashMap<>();
        PlanningResult.EnergyBalance energy = result.energy();
        result.benefits().forEach((country, benefit) -> {
            double demand = energy.totalServedGwh(country) + energy.totalUnservedGwh(country);
            countries.put(country, new CountryEconomics(demand, energy.totalServedGwh(country), energy.totalSurplusGwh(country),
                    energy.totalUnservedGwh(country), benefit.irrigationMusd(), benefit.energyMusd()));
        });
        PlanningResult.Convergence convergence = result.convergence();
        return new Economics(countries, convergence.iterations(), convergence.finalChange(), convergence.converged());
    }
}
