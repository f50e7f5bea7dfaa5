package org.riparian.analysis.generator;

import org.riparian.model.series.Climatology;

/** An inflow the generator samples: its id and the monthly statistics it must reproduce. */
public record Site(String id, Climatology climatology) {

    /** Calendar month 0 (January) to 11: a dry month (mean flow not above 0) generates no flow. */
    boolean flows(int month) {
        return climatology.meanM3s()[month] > 0;
    }
}
