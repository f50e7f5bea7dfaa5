package org.riparian.model.agreement;

import java.util.List;
import org.riparian.model.series.MonthlyProfile;

/**
 * Releases from a reservoir per month: at least the flow (summer releases for irrigation downstream) or at most it
 * (winter releases held back so the valley does not flood). Compliance only: the allocation engine does not impose it.
 */
public record ReleaseSchedule(String id, String reservoir, MonthlyProfile flow, Bound bound, List<String> parties, Terms terms)
        implements Agreement {

    public ReleaseSchedule {
        parties = List.copyOf(parties);
    }

    /** Whether the scheduled flow is a floor or a ceiling. */
    public enum Bound { AT_LEAST, AT_MOST }
}
