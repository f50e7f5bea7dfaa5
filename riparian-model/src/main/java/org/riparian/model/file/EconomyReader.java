package org.riparian.model.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.model.DidYouMean;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.MonthlyValues;

/**
 * Reads {@code economy:}: the value of water delivered per demand site and each country's electricity. Demand ids and
 * countries are checked against the nodes, so a value can never silently apply to nothing.
 */
final class EconomyReader {

    private static final String DEFAULT = "default";
    private static final String DEMAND = "the id of a demand node or \"default\"";
    private static final List<String> ENERGY_FIELDS = List.of("demand", "value", "export_value");

    private final NodeIndex nodes;

    EconomyReader(NodeIndex nodes) {
        this.nodes = nodes;
    }

    Economy economy(Field at) {
        int before = at.problems().count();
        if (!at.allowOnly(List.of("water_value", "energy"), "a mapping with water_value: and energy:")) {
            return Economy.none();
        }
        Map<String, Double> waterValues = waterValues(at.optional("water_value"));
        Optional<Double> defaultValue = Optional.ofNullable(waterValues.remove(DEFAULT));
        Map<String, CountryEnergy> energy = energy(at.optional("energy"));
        if (at.problems().count() > before) {
            return Economy.none();
        }
        return at.build(() -> new Economy(waterValues, defaultValue, energy)).orElseGet(Economy::none);
    }

    private Map<String, Double> waterValues(Optional<Field> at) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Field entry : entries(at, "a mapping of demand ids (or \"default\") to values such as 0.05 USD/m3")) {
            if (!entry.key().equals(DEFAULT)) {
                nodes.check(entry, entry.key(), Demand.class::isInstance, DEMAND);
            }
            values.put(entry.key(), entry.quantity(Dimension.WATER_VALUE));
        }
        return values;
    }

    private Map<String, CountryEnergy> energy(Optional<Field> at) {
        Map<String, CountryEnergy> energy = new LinkedHashMap<>();
        for (Field entry : entries(at, "a mapping of country codes to {demand:, value:, export_value:}")) {
            countryEnergy(entry).ifPresent(country -> energy.put(country.country(), country));
        }
        return energy;
    }

    private Optional<CountryEnergy> countryEnergy(Field entry) {
        int before = entry.problems().count();
        String country = entry.key();
        if (!nodes.countries().contains(country)) {
            entry.problem("no node of the basin is in '" + country + "'" + DidYouMean.hint(country, nodes.countries())
                    + ", expected a country of the basin: " + String.join(", ", nodes.countries()));
        }
        if (!entry.allowOnly(ENERGY_FIELDS, "a mapping with demand:, value: and export_value:")) {
            return Optional.empty();
        }
        double[] demand = Tables.monthly(entry.required("demand", "{unit: GWh, values: [12 numbers]}"), Dimension.ENERGY);
        double[] value = Tables.monthly(entry.required("value", "{unit: USD/MWh, values: [12 numbers]}"),
                Dimension.ELECTRICITY_VALUE);
        // A country without an export market for its surplus (the downstream ones) gains nothing from it.
        double exportValue = entry.optional("export_value").map(f -> f.quantity(Dimension.ELECTRICITY_VALUE)).orElse(0.0);
        if (entry.problems().count() > before) {
            return Optional.empty();
        }
        return entry.build(() -> new CountryEnergy(country, new MonthlyValues(demand), new MonthlyValues(value), exportValue));
    }

    private static List<Field> entries(Optional<Field> at, String expected) {
        return at.map(field -> field.entries(expected)).orElse(List.of());
    }
}
