package org.riparian.store.unit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.riparian.store.InvalidInputException;

/**
 * A unit of measurement. The units a hydromet agency reports in are known, with their dimension and factor to that
 * dimension's base unit, and values convert between them. A datastream may also declare a unit Riparian does not
 * convert (a SensorThings client's lumen or degree Celsius): its values are kept as sent and never converted.
 */
public final class Unit {

    public static final Unit CUBIC_METRE_PER_SECOND = new Unit("m3/s", "cubic metre per second", Dimension.FLOW, 1);
    public static final Unit LITRE_PER_SECOND = new Unit("l/s", "litre per second", Dimension.FLOW, 1e-3);
    public static final Unit CUBIC_HECTOMETRE = new Unit("hm3", "million cubic metres", Dimension.VOLUME, 1);
    public static final Unit MILLION_CUBIC_METRES = new Unit("Mm3", "million cubic metres", Dimension.VOLUME, 1);
    public static final Unit CUBIC_KILOMETRE = new Unit("km3", "cubic kilometre", Dimension.VOLUME, 1000);
    public static final Unit CUBIC_METRE = new Unit("m3", "cubic metre", Dimension.VOLUME, 1e-6);
    public static final Unit MILLIMETRE = new Unit("mm", "millimetre", Dimension.DEPTH, 1);
    public static final Unit CENTIMETRE = new Unit("cm", "centimetre", Dimension.DEPTH, 10);
    public static final Unit METRE = new Unit("m", "metre", Dimension.DEPTH, 1000);
    public static final Unit METRE_ABOVE_SEA_LEVEL = new Unit("m a.s.l.", "metre above sea level", Dimension.ELEVATION, 1);
    public static final Unit MILLIMETRE_WATER_EQUIVALENT = new Unit("mm w.e.", "millimetre water equivalent", Dimension.MASS_BALANCE, 1);
    public static final Unit METRE_WATER_EQUIVALENT = new Unit("m w.e.", "metre water equivalent", Dimension.MASS_BALANCE, 1000);
    public static final Unit GIGAWATT_HOUR = new Unit("GWh", "gigawatt hour", Dimension.ENERGY, 1);
    public static final Unit MEGAWATT_HOUR = new Unit("MWh", "megawatt hour", Dimension.ENERGY, 1e-3);

    private static final List<Unit> KNOWN = List.of(CUBIC_METRE_PER_SECOND, LITRE_PER_SECOND, CUBIC_HECTOMETRE, MILLION_CUBIC_METRES,
            CUBIC_KILOMETRE, CUBIC_METRE, MILLIMETRE, CENTIMETRE, METRE, METRE_ABOVE_SEA_LEVEL, MILLIMETRE_WATER_EQUIVALENT,
            METRE_WATER_EQUIVALENT, GIGAWATT_HOUR, MEGAWATT_HOUR);

    /** The dimensions; values convert only within one, and never in {@code UNCONVERTED}. */
    public enum Dimension { FLOW, VOLUME, DEPTH, ELEVATION, MASS_BALANCE, ENERGY, UNCONVERTED }

    private final String symbol;
    private final String label;
    private final Dimension dimension;
    private final double toBase;

    private Unit(String symbol, String label, Dimension dimension, double toBase) {
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

    /** A known unit with this symbol (case-sensitive: mm is not Mm3); {@code field} names where it came from in the error. */
    public static Unit of(String symbol, String field) {
        return KNOWN.stream().filter(unit -> unit.symbol.equals(symbol)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "unknown unit '" + symbol + "', expected one of " + symbols()));
    }

    /** A datastream's declared unit: a known one, or any other non-blank symbol, kept as given and never converted. */
    public static Unit declared(String symbol, String field) {
        if (symbol == null || symbol.isBlank() || symbol.length() > 50) {
            throw new InvalidInputException(field, "expected a unit symbol of 1 to 50 characters, such as one of " + symbols());
        }
        return KNOWN.stream().filter(unit -> unit.symbol.equals(symbol)).findFirst()
                .orElseGet(() -> new Unit(symbol, symbol, Dimension.UNCONVERTED, Double.NaN));
    }

    /** {@code value} in this unit expressed in {@code target}; both must be of one dimension, and known. */
    public double convert(double value, Unit target, String field) {
        if (target.equals(this)) {
            return value;
        }
        if (dimension == Dimension.UNCONVERTED || target.dimension == Dimension.UNCONVERTED) {
            throw new InvalidInputException(field, "values in " + symbol + " cannot be converted to " + target.symbol
                    + ": Riparian converts only " + symbols() + "; send them in the datastream's own unit");
        }
        if (target.dimension != dimension) {
            throw new InvalidInputException(field, "unit " + symbol + " is a " + dimension.name().toLowerCase().replace('_', ' ')
                    + ", the datastream is kept in " + target.symbol + " (" + target.dimension.name().toLowerCase().replace('_', ' ') + ")");
        }
        return value * toBase / target.toBase;
    }

    public static String symbols() {
        return KNOWN.stream().map(Unit::symbol).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && unit.symbol.equals(symbol);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
