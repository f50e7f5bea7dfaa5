package org.riparian.model.network;

import java.util.regex.Pattern;

/** Who a node belongs to: an ISO 3166 alpha-3 country and a basin. */
public record Place(String country, String basin) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public Place {
        if (!isCountryCode(country)) {
            throw new IllegalArgumentException("country '" + country + "' is not a country code, expected an ISO 3166 alpha-3 code in upper case such as KGZ");
        }
        if (basin == null || basin.isBlank()) {
            throw new IllegalArgumentException("basin is missing");
        }
    }

    public static boolean isCountryCode(String code) {
        return code != null && ISO3.matcher(code).matches();
    }
}
