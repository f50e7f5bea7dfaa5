package org.riparian.analysis.plan;

import java.util.List;
import org.riparian.engine.simulation.RunStatistics;

/** What was run, for the report header and the metadata of summary.json. */
public record RunDescription(String basin, String basinSource, String season, String hydrology, List<String> scenarios,
        String step, String mode, RunStatistics statistics) {
}
