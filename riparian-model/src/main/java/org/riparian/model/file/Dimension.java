package org.riparian.model.file;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A kind of physical quantity, the units a basin file may state it in, and the factor from each to Riparian's internal
 * unit (hm³, m³/s, m, km², mm, MW, GWh, US$/MWh, US$/m³). Units are case-sensitive: {@code Mm3} is a million m³, {@code mm} a millimetre.
 */
public enum Dimension {
    VOLUME("a volume", "19.5 km3", units("hm3", 1, "Mm3", 1, "km3", 1000, "m3", 1e-6)),
    FLOW("a flow", "150 m3/s", units("m3/s", 1, "l/s", 1e-3)),
    LEVEL("a level", "857 m", units("m", 1)),
    AREA("an area", "284 km2", units("km2", 1, "ha", 0.01, "m2", 1e-6)),
    DEPTH("a depth", "120 mm", units("mm", 1)),
    POWER("a power", "1200 MW", units("MW", 1, "kW", 1e-3, "GW", 1000)),
    ENERGY("an energy", "1200 GWh", units("GWh", 1, "TWh", 1000, "MWh", 1e-3)),
    ELECTRICITY_VALUE("an electricity value", "30 USD/MWh", units("USD/MWh", 1, "USD/kWh", 1000, "US cents/kWh", 10)),
    WATER_VALUE("a water value", "0.05 USD/m3", units("USD/m3", 1));

    private final String noun;
    private final String example;
    private final Map<String, Double> factors;

    Dimension(String noun, String example, Map<String, Double> factors) {
        this.noun = noun;
        this.example = example;
        this.factors = factors;
    }

    /** "a volume such as \"19.5 km3\"": the expectation half of a problem message. */
    public String expectation() {
        return noun + " such as \"" + example + "\"";
    }

    public String noun() {
        return noun;
    }

    /** Levels are heights above sea level, and some lakes lie below it (the Caspian, the Dead Sea). */
    public boolean allowsNegative() {
        return this == LEVEL;
    }

    /** The factor from {@code unit} to the internal unit, empty when the unit is not one of this dimension. */
    public OptionalDouble factor(String unit) {
        Double factor = factors.get(unit);
        return factor == null ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    public String unitList() {
        return String.join(", ", factors.keySet());
    }

    /** The dimension a unit belongs to, to tell a user that "150 m3/s" is a flow where a volume was expected. */
    public static Optional<Dimension> of(String unit) {
        for (Dimension dimension : values()) {
            if (dimension.factors.containsKey(unit)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Double> units(Object... unitsAndFactors) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndFactors.length; i += 2) {
            map.put((String) unitsAndFactors[i], ((Number) unitsAndFactors[i + 1]).doubleValue());
        }
        return map;
    }
}
