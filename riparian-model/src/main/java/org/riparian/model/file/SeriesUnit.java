package org.riparian.model.file;

import java.util.Optional;
import org.riparian.model.series.Volumes;

/**
 * The unit of a series: a flow (a mean over each period) or a volume (per period). Either way the loader turns it into
 * what the series type holds, so the engine never sees the file's unit.
 */
record SeriesUnit(Dimension dimension, double factor) {

    static final String EXPECTED = "a flow unit (m3/s, l/s) or a volume unit (hm3, Mm3, km3, m3)";

    /** The unit named by {@code unit:}; m3/s when it is wrong, after reporting it. */
    static SeriesUnit read(Field unitField) {
        SeriesUnit fallback = new SeriesUnit(Dimension.FLOW, 1);
        String unit = unitField.text(EXPECTED);
        if (unit.isEmpty()) {
            return fallback;
        }
        Optional<Dimension> dimension = Dimension.of(unit).filter(d -> d == Dimension.FLOW || d == Dimension.VOLUME);
        if (dimension.isEmpty()) {
            unitField.problem(Dimension.of(unit).map(other -> "'" + unit + "' is a unit of " + other.noun())
                    .orElse("unknown unit '" + unit + "'") + ", expected " + EXPECTED);
            return fallback;
        }
        return new SeriesUnit(dimension.get(), dimension.get().factor(unit).getAsDouble());
    }

    boolean isVolume() {
        return dimension == Dimension.VOLUME;
    }

    double volumeHm3(double value, long days) {
        return isVolume() ? value * factor : Volumes.hm3FromM3s(value * factor, days);
    }

    double flowM3s(double value, long days) {
        return isVolume() ? Volumes.m3sFromHm3(value * factor, days) : value * factor;
    }
}
