package org.riparian.model.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** Series are resampled by volume: a step receives the volume inside its dates, so totals never change. */
class ResamplingTest {

    private static final double EXACT = 1e-9;

    @Test
    void monthlyFlowOntoDecadesSumsToTheMonthsVolume() {
        // 10 m3/s over a day is 0.864 hm3: July's decades of 10, 10 and 11 days carry 8.64, 8.64, 9.504 hm3
        double[] july = MonthlyProfile.constant(10).volumesHm3(axis(StepKind.DECADE, 2026, 7, 1));
        assertThat(july).containsExactly(new double[] {8.64, 8.64, 9.504}, within(EXACT));
        assertThat(Arrays.stream(july).sum()).isCloseTo(10 * 31 * 0.0864, within(EXACT));   // 26.784 hm3
    }

    @Test
    void monthlyVolumesOntoDecadesSplitByDays() {
        // February 2026 holds 28 hm3 (28 days), March 31 hm3: 1 hm3 a day -> 10, 10, 8 then 10, 10, 11
        DatedVolumes months = new DatedVolumes(List.of(
                period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 28),
                period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 31)));
        assertThat(months.volumesHm3(axis(StepKind.DECADE, 2026, 2, 2)))
                .containsExactly(new double[] {10, 10, 8, 10, 10, 11}, within(EXACT));
    }

    @Test
    void decadesOntoAMonthAddUp() {
        DatedVolumes decades = new DatedVolumes(List.of(
                period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 11), 5),
                period(LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 21), 7),
                period(LocalDate.of(2026, 4, 21), LocalDate.of(2026, 5, 1), 9)));
        assertThat(decades.volumesHm3(axis(StepKind.MONTH, 2026, 4, 1))).containsExactly(new double[] {21}, within(EXACT));
    }

    @Test
    void aSeriesThatDoesNotCoverTheRunIsRefused() {
        DatedVolumes april = new DatedVolumes(List.of(period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), 30)));
        TimeAxis aprilAndMay = axis(StepKind.MONTH, 2026, 4, 2);
        assertThat(april.covers(aprilAndMay)).isFalse();
        assertThatThrownBy(() -> april.volumesHm3(aprilAndMay)).hasMessageContaining("series covers 2026-04-01 to 2026-05-01");
    }

    @Property
    void resamplingMonthsOntoDecadesOrDaysConservesVolume(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 5000) Double> volumes,
            @ForAll @IntRange(min = 1990, max = 2060) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        List<DatedVolumes.Period> periods = new ArrayList<>();
        LocalDate start = LocalDate.of(year, month, 1);
        for (double volume : volumes) {
            periods.add(period(start, start.plusMonths(1), volume));
            start = start.plusMonths(1);
        }
        DatedVolumes series = new DatedVolumes(periods);
        double total = volumes.stream().mapToDouble(Double::doubleValue).sum();
        for (StepKind kind : StepKind.values()) {
            double resampled = Arrays.stream(series.volumesHm3(TimeAxis.of(kind, series.start(), series.endExclusive()))).sum();
            assertThat(resampled).isCloseTo(total, within(1e-9 * Math.max(1, total)));
        }
    }

    @Property
    void monthlyProfileGivesTheSameVolumeOnEveryStepKind(
            @ForAll @Size(12) List<@DoubleRange(min = 0, max = 3000) Double> flows, @ForAll @IntRange(min = 1990, max = 2060) int year) {
        MonthlyProfile profile = new MonthlyProfile(flows.stream().mapToDouble(Double::doubleValue).toArray());
        double byMonth = Arrays.stream(profile.volumesHm3(axis(StepKind.MONTH, year, 1, 12))).sum();
        double byDecade = Arrays.stream(profile.volumesHm3(axis(StepKind.DECADE, year, 1, 12))).sum();
        double byDay = Arrays.stream(profile.volumesHm3(axis(StepKind.DAY, year, 1, 12))).sum();
        assertThat(byDecade).isCloseTo(byMonth, within(1e-9 * Math.max(1, byMonth)));
        assertThat(byDay).isCloseTo(byMonth, within(1e-9 * Math.max(1, byMonth)));
    }

    private static TimeAxis axis(StepKind kind, int year, int month, int months) {
        LocalDate start = LocalDate.of(year, month, 1);
        return TimeAxis.of(kind, start, start.plusMonths(months));
    }

    private static DatedVolumes.Period period(LocalDate start, LocalDate end, double volumeHm3) {
        return new DatedVolumes.Period(start, end, volumeHm3);
    }
}
