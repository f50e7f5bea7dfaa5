package org.riparian.model.economy;

import java.util.Map;
import java.util.Optional;

/**
 * The economic layer of a basin, kept apart from its hydrology: the value of irrigation water per demand site
 * (US$/m³, with a default for sites not named) and each country's electricity. Planning mode maximises these values;
 * simulation mode ignores them.
 */
public record Economy(Map<String, Double> waterValueUsdPerM3, Optional<Double> defaultWaterValueUsdPerM3,
        Map<String, CountryEnergy> energy) {

    public Economy {
        waterValueUsdPerM3 = Map.copyOf(waterValueUsdPerM3);
        energy = Map.copyOf(energy);
        waterValueUsdPerM3.forEach((id, value) -> requireValue(id, value));
        defaultWaterValueUsdPerM3.ifPresent(value -> requireValue("default", value));
    }

    public static Economy none() {
        return new Economy(Map.of(), Optional.empty(), Map.of());
    }

    private static void requireValue(String id, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("water value of " + id + " is " + value + ", expected a finite number >= 0 USD/m3");
        }
    }

    /** The value of a m³ delivered to the demand, if the basin gives one. */
    public Optional<Double> waterValueUsdPerM3(String demandId) {
        return Optional.ofNullable(waterValueUsdPerM3.get(demandId)).or(() -> defaultWaterValueUsdPerM3);
    }

    public Optional<CountryEnergy> energy(String country) {
        return Optional.ofNullable(energy.get(country));
    }
}
