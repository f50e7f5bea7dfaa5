package org.riparian.model.file;

import java.util.Arrays;
import java.util.List;

/** The numeric tables of a basin file: a list of plain numbers whose unit is named once beside it. */
final class Tables {

    private Tables() {
    }

    /** The factor of a {@code unit:} field of one dimension; 1 after reporting a wrong unit. */
    static double unitFactor(Field unitField, Dimension dimension) {
        String unit = unitField.text("a unit of " + dimension.noun() + ": " + dimension.unitList());
        return unit.isEmpty() ? 1 : unitField.parsed(() -> Quantity.factor(unit, dimension), 1.0);
    }

    /**
     * The numbers of a list, each multiplied by {@code factor}. With {@code count >= 0} exactly that many come back
     * (a wrong length is reported and padded with zeros), so record constructors never see a second, confusing error.
     */
    static double[] values(Field list, int count, double factor, Dimension dimension) {
        List<Field> items = list.items("numbers");
        double[] values = numbers(list, items, count);
        for (int i = 0; i < items.size() && i < values.length; i++) {
            double value = values[i] * factor;
            values[i] = items.get(i).parsed(() -> Quantity.checked(value, dimension), 0.0);
        }
        return values;
    }

    /** The plain numbers of a list, of either sign, for unitless figures such as correlations; lengths as in values. */
    static double[] numbers(Field list, int count) {
        return numbers(list, list.items("numbers"), count);
    }

    private static double[] numbers(Field list, List<Field> items, int count) {
        if (count >= 0 && items.size() != count && !list.isAbsent()) {
            list.problem("has " + items.size() + " values, expected " + count + (count == 12 ? " (January to December)" : ""));
        }
        double[] values = items.stream().mapToDouble(item -> item.number("a number")).toArray();
        return count >= 0 ? Arrays.copyOf(values, count) : values;
    }

    /** Twelve monthly values in the table's own {@code unit:}, converted: {@code {unit: mm, values: [12 numbers]}}. */
    static double[] monthly(Field table, Dimension dimension) {
        table.allowOnly(List.of("unit", "values"), "a mapping with unit: and values:");
        double factor = unitFactor(table.required("unit", "a unit of " + dimension.noun() + ": " + dimension.unitList()), dimension);
        return values(table.required("values", "12 numbers, January to December"), 12, factor, dimension);
    }
}
