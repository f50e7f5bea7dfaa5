package org.riparian.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeasonTest {

    @Test
    void seasonsAndHydrologicalYearsParse() {
        assertThat(Season.parse("2026-vegetation")).isEqualTo(
                new Season("2026-vegetation", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1)));
        assertThat(Season.parse(" 2026-non-vegetation ").endExclusive()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Season.parse("2026-2027").start()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-summer", "2026-2028", "26-vegetation", "", "vegetation"})
    void otherTextIsRefusedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Season.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one of YEAR-vegetation, YEAR-non-vegetation or YEAR-YEAR+1");
    }

    @Test
    void comingVegetationSeasonTurnsOverInOctober() {
        assertThat(Season.comingVegetation(LocalDate.of(2026, 9, 30)).label()).isEqualTo("2026-vegetation");
        assertThat(Season.comingVegetation(LocalDate.of(2026, 10, 1)).label()).isEqualTo("2027-vegetation");
    }
}
