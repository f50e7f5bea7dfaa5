package org.riparian.engine.planning;

import java.util.List;
import java.util.Map;
import org.riparian.engine.simulation.SimulationResult;

/**
 * A season optimised as one LP: the allocation in the same shape as a simulation's, each country's electricity per
 * step (GWh), each country's benefit (million US$), and how successive linear programming converged.
 */
public record PlanningResult(SimulationResult allocation, EnergyBalance energy, Map<String, CountryBenefit> benefits,
        Convergence convergence, double objectiveMusd) {

    /** Per step and country, GWh: the demand hydropower may serve, what it served, and the surplus sold abroad. */
    public record EnergyBalance(List<String> countries, double[][] demandGwh, double[][] servedGwh, double[][] surplusGwh) {

        public double totalServedGwh(String country) {
            return column(servedGwh, countries.indexOf(country));
        }

        public double totalSurplusGwh(String country) {
            return column(surplusGwh, countries.indexOf(country));
        }

        public double totalUnservedGwh(String country) {
            return column(demandGwh, countries.indexOf(country)) - totalServedGwh(country);
        }

        private static double column(double[][] values, int country) {
            if (country < 0) {
                return 0;
            }
            double total = 0;
            for (double[] step : values) {
                total += step[country];
            }
            return total;
        }
    }

    /** What the season is worth to a country, million US$: water delivered at its value, and its hydropower. */
    public record CountryBenefit(String country, double irrigationMusd, double energyMusd) {
        public double totalMusd() {
            return irrigationMusd + energyMusd;
        }
    }

    /**
     * Successive LP: iterations run, the largest end-storage change in the last one as a share of live storage, and
     * whether it met the tolerance.
     */
    public record Convergence(int iterations, double finalChange, boolean converged, long solverNanos, long totalNanos) {
    }
}
