package org.riparian.server.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bulletin of one decade: what it covers, whether its data are synthetic, and its tables. */
public record Bulletin(String basin, String season, String decade, LocalDate start, LocalDate end, Instant asOf, boolean synthetic,
        List<Table> tables) {

    public Bulletin {
        tables = List.copyOf(tables);
    }

    public String title() {
        return "Decade bulletin " + decade + " (" + start + " to " + end + "), " + basin + " basin";
    }

    public String subtitle() {
        return "Season " + season + "; observations as held on " + asOf + "; volumes in hm3 (million m3) per decade, storage in hm3; "
                + "cumulative from the season's start over the decades observed";
    }
}
