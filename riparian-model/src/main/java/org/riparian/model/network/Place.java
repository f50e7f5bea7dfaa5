package org.riparian.model.network;

import java.util.regex.Pattern;

/** Who a node belongs to: an ISO 3166 alpha-3 country and a basin. */
public record Place(String country, String basin) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public Place {
        if (country == null || !ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166 alpha-3 code such as KGZ");
        }
        if (basin == null || basin.isBlank()) {
            throw new IllegalArgumentException("basin is missing");
        }
    }
}
