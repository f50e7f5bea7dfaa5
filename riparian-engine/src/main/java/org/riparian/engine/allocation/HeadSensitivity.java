package org.riparian.engine.allocation;

import java.util.HashMap;
import java.util.Map;
import org.riparian.engine.lp.LinearSolver;

/**
 * The first-order effect of storage on a step's energy, gathered per country: energy ≈ e·q + g·(mean storage − its
 * value at the linearisation point), with g = q̄·∂e/∂S. The mean storage is half the step's start (the previous
 * step's end, or the fixed initial storage) plus half its end, so g/2 lands on each storage column and the rest on
 * the energy row's right-hand side.
 */
final class HeadSensitivity {

    private final Map<String, Map<Integer, Double>> reservoirWeights = new HashMap<>();
    private final Map<String, Double> constants = new HashMap<>();

    /** One plant's sensitivity g (GWh per hm³ of mean storage) to reservoir node r around mean storage S̄. */
    void add(String country, int step, int reservoir, double gwhPerStorageHm3, double meanHm3, double initialHm3) {
        reservoirWeights.computeIfAbsent(country, c -> new HashMap<>()).merge(reservoir, gwhPerStorageHm3, Double::sum);
        double constant = -gwhPerStorageHm3 * meanHm3;
        if (step == 0) {
            constant += gwhPerStorageHm3 * initialHm3 / 2;
        }
        constants.merge(country, constant, Double::sum);
    }

    /** Writes the energy rows of step t; the same plants report every iteration, so every coefficient is rewritten. */
    void apply(LinearSolver lp, EnergyColumns energy, LpLayout[] layouts, int t) {
        for (String country : energy.countries()) {
            int row = energy.energyRow(t, country);
            lp.setRowBounds(row, constants.getOrDefault(country, 0.0), constants.getOrDefault(country, 0.0));
            reservoirWeights.getOrDefault(country, Map.of()).forEach((n, g) -> {
                lp.setCoefficient(row, layouts[t].storageColumn[n], -g / 2);
                if (t > 0) {
                    lp.setCoefficient(row, layouts[t - 1].storageColumn[n], -g / 2);
                }
            });
        }
    }
}
