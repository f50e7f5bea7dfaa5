package org.riparian.model.file;

import java.util.List;
import java.util.Optional;
import org.riparian.model.series.Climatology;

/** Reads an inflow's {@code climatology:}: monthly mean and sd in the table's flow unit, lag-1 correlations unitless. */
final class Climatologies {

    static final String EXPECTED = "a table {unit: m3/s, mean: [12 numbers], sd: [12 numbers], lag1: [12 numbers]}";

    private Climatologies() {
    }

    static Optional<Climatology> read(Field table) {
        int before = table.problems().count();
        if (!table.allowOnly(List.of("unit", "mean", "sd", "lag1"), EXPECTED)) {
            return Optional.empty();
        }
        Dimension flow = Dimension.FLOW;
        double factor = Tables.unitFactor(table.required("unit", "a unit of " + flow.noun() + ": " + flow.unitList()), flow);
        double[] mean = Tables.values(table.required("mean", "12 mean flows, January to December"), 12, factor, flow);
        double[] sd = Tables.values(table.required("sd", "12 standard deviations, January to December"), 12, factor, flow);
        double[] lag1 = Tables.numbers(table.required("lag1", "12 correlations, January to December"), 12);
        if (table.problems().count() > before) {
            return Optional.empty();
        }
        return table.build(() -> new Climatology(mean, sd, lag1));
    }
}
