package org.riparian.model.agreement;

import java.util.List;
import org.riparian.model.series.MonthlyProfile;

/** A minimum flow across a gauge (a delivery from one country to its neighbour); soft, reported when missed. */
public record MinimumFlow(String id, String gauge, MonthlyProfile flow, List<String> parties, Terms terms) implements Agreement {

    public MinimumFlow {
        parties = List.copyOf(parties);
    }
}
