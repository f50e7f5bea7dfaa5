package org.riparian.model.agreement;

import java.util.List;
import org.riparian.model.series.MonthlyProfile;

/** A minimum inflow to a terminal sea or lake (e.g. the North Aral Sea); soft, reported when missed. */
public record TerminalInflow(String id, String terminal, MonthlyProfile flow, List<String> parties) implements Agreement {

    public TerminalInflow {
        parties = List.copyOf(parties);
    }
}
