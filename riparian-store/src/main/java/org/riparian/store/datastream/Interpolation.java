package org.riparian.store.datastream;

import org.riparian.store.InvalidInputException;

/**
 * WaterML 2.0 interpolation types: how a value relates to the time around it. {@code Continuous} values are averaged
 * when aggregated; {@code TotalPrec} (a total over the preceding interval, such as a decade volume) are summed.
 */
public enum Interpolation {
    Continuous, Discontinuous, InstantTotal, AveragePrec, MaxPrec, MinPrec, TotalPrec, ConstPrec, AverageSucc,
    TotalSucc, MinSucc, MaxSucc, ConstSucc;

    public static Interpolation of(String word, String field) {
        for (Interpolation type : values()) {
            if (type.name().equals(word)) {
                return type;
            }
        }
        throw new InvalidInputException(field, "'" + word + "' is not a WaterML 2.0 interpolation type, expected one such as Continuous or TotalPrec");
    }

    /** Whether aggregating sums the values (totals) rather than averaging them. */
    public boolean isTotal() {
        return this == TotalPrec || this == TotalSucc || this == InstantTotal;
    }

    /** The WaterML 2.0 vocabulary URI of this type. */
    public String uri() {
        return "http://www.opengis.net/def/waterml/2.0/interpolationType/" + name();
    }
}
