package org.riparian.server.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bulletin of one decade: what it covers, whether its data are synthetic, and its tables, one section per river basin. */
public record Bulletin(String basin, String season, String decade, LocalDate start, LocalDate end, Instant asOf, boolean synthetic,
        List<Section> sections) {

    public Bulletin {
        sections = List.copyOf(sections);
    }

    public String title() {
        return "Decade bulletin " + decade + " (" + start + " to " + end + "), " + basin + " basin";
    }

    public String subtitle() {
        return "Season " + season + "; observations as held on " + asOf + "; volumes in hm3 (million m3) per decade, storage in hm3, "
                + "energy in GWh for the month to date; cumulative from the season's start over the decades (months) observed";
    }
}
