package org.riparian.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecadeStepsTest {

    @Test
    void thirdDecadeRunsToTheMonthsEnd() {
        // 21 July to 31 July: 11 days
        assertThat(decadeFrom(LocalDate.of(2026, 7, 21))).satisfies(step -> {
            assertThat(step.endExclusive()).isEqualTo(LocalDate.of(2026, 8, 1));
            assertThat(step.days()).isEqualTo(11);
            assertThat(step.label()).isEqualTo("2026-07-3");
        });
        // 21 to 28 February 2026: 8 days; in the leap year 2028: 9 days
        assertThat(decadeFrom(LocalDate.of(2026, 2, 21)).days()).isEqualTo(8);
        assertThat(decadeFrom(LocalDate.of(2026, 2, 21)).endExclusive()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(decadeFrom(LocalDate.of(2028, 2, 21)).days()).isEqualTo(9);
        assertThat(decadeFrom(LocalDate.of(2026, 7, 11)).days()).isEqualTo(10);
    }

    @Test
    void vegetationSeasonHasEighteenDecadesAndOneHundredEightyThreeDays() {
        TimeAxis axis = TimeAxis.of(StepKind.DECADE, Season.vegetation(2026));
        assertThat(axis.size()).isEqualTo(18);                       // six months x three
        assertThat(axis.steps().stream().mapToInt(Step::days).sum()).isEqualTo(183);   // 30+31+30+31+31+30
        assertThat(axis.step(17).label()).isEqualTo("2026-09-3");
    }

    @Test
    void axisMustStartOnAStepBoundary() {
        assertThatThrownBy(() -> TimeAxis.of(StepKind.DECADE, LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 1)))
                .hasMessageContaining("2026-04-05 does not start a decade step");
    }

    @Test
    void decadeLabelsParse() {
        assertThat(DecadeCalendar.parse("2026-07-2")).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThatThrownBy(() -> DecadeCalendar.parse("2026-07-4")).hasMessageContaining("must be 1, 2 or 3");
        assertThatThrownBy(() -> DecadeCalendar.parse("2026-13-1")).hasMessageContaining("is not YEAR-MONTH-DECADE");
    }

    private static Step decadeFrom(LocalDate start) {
        return TimeAxis.of(StepKind.DECADE, start, start.plusDays(1)).step(0);
    }
}
