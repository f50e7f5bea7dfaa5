package org.riparian.model.agreement;

import java.util.List;
import java.util.Optional;
import org.riparian.model.series.Series;

/**
 * The most a country may withdraw in a basin: per step (a series of volumes) and/or in total over the run's season.
 * A hard constraint on the water delivered to the country's demand sites in that basin. Compliance reads the
 * withdrawals observed at the canal heads {@code measuredAt} (empty: every canal of the country in that basin).
 */
public record WithdrawalLimit(String id, String country, String basin, Optional<Series> perStep, Optional<Double> seasonTotalHm3,
        List<String> measuredAt, Terms terms) implements Agreement {

    public WithdrawalLimit {
        if (perStep.isEmpty() && seasonTotalHm3.isEmpty()) {
            throw new IllegalArgumentException("withdrawal limit " + id + " gives neither a per-step limit nor a season total");
        }
        seasonTotalHm3.ifPresent(v -> {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("withdrawal limit " + id + ": season total is " + v + ", expected >= 0");
            }
        });
        measuredAt = List.copyOf(measuredAt);
    }

    @Override
    public List<String> parties() {
        return List.of(country);
    }
}
