package org.riparian.pywr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which value of a daily profile a date takes, worked out from the calendar. */
class DailyProfileTest {

    @Test
    void aLeapProfileSkipsTheTwentyNinthOfFebruaryInCommonYears() {
        assertThat(ParameterReader.dayIndex(LocalDate.of(2015, 2, 28), true)).isEqualTo(58);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2015, 3, 1), true)).isEqualTo(60);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2016, 2, 29), true)).isEqualTo(59);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2015, 12, 31), true)).isEqualTo(365);
    }

    @Test
    void aCommonProfileRepeatsTheTwentyEighthOnTheLeapDay() {
        assertThat(ParameterReader.dayIndex(LocalDate.of(2016, 1, 29), false)).isEqualTo(28);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2016, 2, 29), false)).isEqualTo(58);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2016, 3, 1), false)).isEqualTo(59);
        assertThat(ParameterReader.dayIndex(LocalDate.of(2016, 12, 31), false)).isEqualTo(364);
    }
}
