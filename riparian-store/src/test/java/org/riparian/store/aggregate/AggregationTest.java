package org.riparian.store.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.store.datastream.Interpolation;
import org.riparian.store.datastream.ProcessingLevel;
import org.riparian.store.observation.BestValue;

/** Hand-checkable aggregates: a daily series of known values, summed or averaged by decade, month and season. */
class AggregationTest {

    /** Daily values from 2026-03-25 to 2026-05-10: the value of a day is its day of month. */
    static List<BestValue> daily() {
        List<BestValue> values = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 25); day.isBefore(LocalDate.of(2026, 5, 11)); day = day.plusDays(1)) {
            long at = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            values.add(new BestValue(0, at, at, day.getDayOfMonth(), ProcessingLevel.RAW));
        }
        return values;
    }

    @Test
    void decadeTotalsSumTheirDays() {
        List<Aggregate> decades = Aggregation.of(daily(), Interpolation.TotalPrec, Step.DECADE, ZoneOffset.UTC);

        assertThat(decades).extracting(Aggregate::period, Aggregate::value, Aggregate::count).containsExactly(
                tuple("2026-03-3", 25.0 + 26 + 27 + 28 + 29 + 30 + 31, 7),
                tuple("2026-04-1", 55.0, 10), tuple("2026-04-2", 155.0, 10), tuple("2026-04-3", 255.0, 10),
                tuple("2026-05-1", 55.0, 10));
        assertThat(decades.get(1).start()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(decades.get(3).end()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    }

    @Test
    void monthAndSeasonMeansAverageTheirDays() {
        assertThat(Aggregation.of(daily(), Interpolation.Continuous, Step.MONTH, ZoneOffset.UTC))
                .extracting(Aggregate::period, Aggregate::value).containsExactly(tuple("2026-03", 28.0), tuple("2026-04", 15.5), tuple("2026-05", 5.5));
        assertThat(Aggregation.of(daily(), Interpolation.Continuous, Step.SEASON, ZoneOffset.UTC))
                .extracting(Aggregate::period, Aggregate::count).containsExactly(tuple("2025-2026-non-vegetation", 7), tuple("2026-vegetation", 40));
    }

    @Test
    void theCalendarFollowsTheAskedOffset() {
        long lateEvening = Instant.parse("2026-04-10T20:00:00Z").toEpochMilli();
        List<BestValue> one = List.of(new BestValue(0, lateEvening, lateEvening, 7, ProcessingLevel.RAW));

        assertThat(Aggregation.of(one, Interpolation.Continuous, Step.DECADE, ZoneOffset.UTC).get(0).period()).isEqualTo("2026-04-1");
        assertThat(Aggregation.of(one, Interpolation.Continuous, Step.DECADE, ZoneOffset.ofHours(5)).get(0).period()).isEqualTo("2026-04-2");
    }
}
