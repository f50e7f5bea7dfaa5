package org.riparian.model.agreement;

import java.util.List;
import java.util.Locale;
import org.riparian.model.network.Ids;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Place;

/**
 * Electricity one country delivers to another per month ({@code energyGwh}, GWh in each calendar month), the energy side of a water-for-energy exchange (the Kairakkum
 * agreement of 2000: Tajikistan sends Uzbekistan 350 GWh over June to September for the summer releases). Held against
 * the electricity observed at the meter station {@code measuredAt} (a Thing of that name with a "delivered electricity"
 * datastream); {@code basin} is the river basin whose water the energy pays for. Compliance only: the allocation engine
 * does not impose it.
 */
public record EnergyDelivery(String id, String fromCountry, String toCountry, String basin, MonthlyValues energyGwh, List<String> parties,
        String measuredAt, Terms terms) implements Agreement {

    public EnergyDelivery {
        if (!Place.isCountryCode(fromCountry) || !Place.isCountryCode(toCountry)) {
            throw new IllegalArgumentException("energy delivery " + id + " runs from '" + fromCountry + "' to '" + toCountry
                    + "', expected ISO 3166 alpha-3 codes such as KGZ");
        }
        if (fromCountry.equals(toCountry)) {
            throw new IllegalArgumentException("energy delivery " + id + " runs from " + fromCountry + " to itself, expected two countries");
        }
        parties = List.copyOf(parties);
        if (!parties.contains(fromCountry) || !parties.contains(toCountry)) {
            throw new IllegalArgumentException("energy delivery " + id + ": the parties " + parties + " must include " + fromCountry
                    + " and " + toCountry);
        }
        if (!Ids.isValid(measuredAt)) {
            throw new IllegalArgumentException("energy delivery " + id + ": meter station '" + measuredAt + "', expected a name of letters,"
                    + " digits, '_', '-' and '.', starting with a letter");
        }
    }

    /** The meter a delivery is read at unless it names one: {@code energy_kgz_kaz} for Kyrgyzstan to Kazakhstan. */
    public static String defaultMeter(String fromCountry, String toCountry) {
        return "energy_" + fromCountry.toLowerCase(Locale.ROOT) + "_" + toCountry.toLowerCase(Locale.ROOT);
    }
}
