package org.riparian.store.unit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.riparian.store.InvalidInputException;

/** A unit a hydromet agency reports in, with its dimension and its factor to that dimension's base unit. */
public enum Unit {
    CUBIC_METRE_PER_SECOND("m3/s", "cubic metre per second", Dimension.FLOW, 1),
    LITRE_PER_SECOND("l/s", "litre per second", Dimension.FLOW, 1e-3),
    CUBIC_HECTOMETRE("hm3", "million cubic metres", Dimension.VOLUME, 1),
    MILLION_CUBIC_METRES("Mm3", "million cubic metres", Dimension.VOLUME, 1),
    CUBIC_KILOMETRE("km3", "cubic kilometre", Dimension.VOLUME, 1000),
    CUBIC_METRE("m3", "cubic metre", Dimension.VOLUME, 1e-6),
    MILLIMETRE("mm", "millimetre", Dimension.DEPTH, 1),
    CENTIMETRE("cm", "centimetre", Dimension.DEPTH, 10),
    METRE("m", "metre", Dimension.DEPTH, 1000),
    METRE_ABOVE_SEA_LEVEL("m a.s.l.", "metre above sea level", Dimension.ELEVATION, 1),
    MILLIMETRE_WATER_EQUIVALENT("mm w.e.", "millimetre water equivalent", Dimension.MASS_BALANCE, 1),
    METRE_WATER_EQUIVALENT("m w.e.", "metre water equivalent", Dimension.MASS_BALANCE, 1000);

    /** The dimensions; values convert only within one. */
    public enum Dimension { FLOW, VOLUME, DEPTH, ELEVATION, MASS_BALANCE }

    private final String symbol;
    private final String label;
    private final Dimension dimension;
    private final double toBase;

    Unit(String symbol, String label, Dimension dimension, double toBase) {
        this.symbol = symbol;
        this.label = label;
        this.dimension = dimension;
        this.toBase = toBase;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The unit with this symbol (case-sensitive: mm is not Mm3); {@code field} names where it came from in the error. */
    public static Unit of(String symbol, String field) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new InvalidInputException(field, "unknown unit '" + symbol + "', expected one of " + symbols());
    }

    /** {@code value} in this unit expressed in {@code target}; both must be of one dimension. */
    public double convert(double value, Unit target, String field) {
        if (target == this) {
            return value;
        }
        if (target.dimension != dimension) {
            throw new InvalidInputException(field, "unit " + symbol + " is a " + dimension.name().toLowerCase().replace('_', ' ')
                    + ", the datastream is kept in " + target.symbol + " (" + target.dimension.name().toLowerCase().replace('_', ' ') + ")");
        }
        return value * toBase / target.toBase;
    }

    public static String symbols() {
        return Arrays.stream(values()).map(Unit::symbol).collect(Collectors.joining(", "));
    }
}
