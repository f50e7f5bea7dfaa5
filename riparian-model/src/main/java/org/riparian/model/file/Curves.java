package org.riparian.model.file;

import java.util.List;
import java.util.Optional;
import org.riparian.model.network.LevelStorageArea;

/** Reads a level–storage–area table, each column in its own unit, into internal units (m, hm³, km²). */
final class Curves {

    static final String EXPECTED = "a table {level_unit: m, storage_unit: km3, area_unit: km2, rows: [[level, storage, area], ...]}";

    private Curves() {
    }

    static Optional<LevelStorageArea> levelStorageArea(Field table) {
        if (table.isAbsent()) {
            return Optional.empty();
        }
        int before = table.problems().count();
        table.allowOnly(List.of("level_unit", "storage_unit", "area_unit", "rows"), EXPECTED);
        double level = Tables.unitFactor(table.required("level_unit", "m"), Dimension.LEVEL);
        double storage = Tables.unitFactor(table.required("storage_unit", Dimension.VOLUME.unitList()), Dimension.VOLUME);
        double area = Tables.unitFactor(table.required("area_unit", Dimension.AREA.unitList()), Dimension.AREA);
        List<Field> rows = table.required("rows", "rows of [level, storage, area]").items("rows of [level, storage, area]");
        double[] levels = new double[rows.size()];
        double[] storages = new double[rows.size()];
        double[] areas = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Field row = rows.get(i);
            double[] raw = Tables.values(row, 3, 1, Dimension.LEVEL);
            levels[i] = raw[0] * level;
            storages[i] = row.parsed(() -> Quantity.checked(raw[1] * storage, Dimension.VOLUME), 0.0);
            areas[i] = row.parsed(() -> Quantity.checked(raw[2] * area, Dimension.AREA), 0.0);
        }
        if (table.problems().count() > before) {
            return Optional.empty();
        }
        return table.build(() -> new LevelStorageArea(levels, storages, areas));
    }
}
