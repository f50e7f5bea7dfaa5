package org.riparian.model.agreement;

import java.util.List;
import java.util.Optional;
import org.riparian.model.series.MonthlyProfile;

/**
 * A minimum inflow to a terminal sea or lake (e.g. the North Aral Sea); soft, reported when missed. Terminals are not
 * gauged, so compliance reads the flow at {@code measuredAt} (by default the gauge that links into the terminal).
 */
public record TerminalInflow(String id, String terminal, MonthlyProfile flow, List<String> parties, Optional<String> measuredAt,
        Terms terms) implements Agreement {

    public TerminalInflow {
        parties = List.copyOf(parties);
    }
}
