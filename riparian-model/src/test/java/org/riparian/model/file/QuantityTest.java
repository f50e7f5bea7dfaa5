package org.riparian.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void volumesBecomeHm3() {
        assertThat(Quantity.parse("19.5 km3", Dimension.VOLUME)).isCloseTo(19_500, within(1e-9));   // x 1000
        assertThat(Quantity.parse("14 Mm3", Dimension.VOLUME)).isEqualTo(14);                      // Mm3 = hm3
        assertThat(Quantity.parse("2500000 m3", Dimension.VOLUME)).isCloseTo(2.5, within(1e-12));  // / 1e6
        assertThat(Quantity.parse("1.2e3hm3", Dimension.VOLUME)).isEqualTo(1200);
    }

    @Test
    void flowsAreaAndPowerBecomeInternalUnits() {
        assertThat(Quantity.parse("750 l/s", Dimension.FLOW)).isCloseTo(0.75, within(1e-12));   // / 1000
        assertThat(Quantity.parse("250 ha", Dimension.AREA)).isCloseTo(2.5, within(1e-12));     // 100 ha = 1 km2
        assertThat(Quantity.parse("3000000 m2", Dimension.AREA)).isCloseTo(3, within(1e-12));
        assertThat(Quantity.parse("1.2 GW", Dimension.POWER)).isCloseTo(1200, within(1e-9));
        assertThat(Quantity.parse("500 kW", Dimension.POWER)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void levelsMayLieBelowTheSea() {
        assertThat(Quantity.parse("-28 m", Dimension.LEVEL)).isEqualTo(-28);   // the Caspian
    }

    @Test
    void refusalsSayWhatWasExpected() {
        assertRefused("12", Dimension.VOLUME, "missing unit, expected a volume such as \"19.5 km3\"");
        assertRefused("5 m3/s", Dimension.VOLUME, "'m3/s' is a unit of a flow, expected a volume in hm3, Mm3, km3, m3");
        assertRefused("5 acre-ft", Dimension.VOLUME, "unknown unit 'acre-ft', expected a volume in hm3, Mm3, km3, m3");
        assertRefused("-1 km3", Dimension.VOLUME, "negative volume, expected a value >= 0");
        assertRefused(".nan km3", Dimension.VOLUME, "'.nan km3' is not a finite number, expected a volume");
        assertRefused("Infinity m3/s", Dimension.FLOW, "'Infinity m3/s' is not a finite number, expected a flow");
        assertRefused("lots", Dimension.FLOW, "'lots' is not a quantity, expected a flow such as \"150 m3/s\"");
    }

    @Test
    void fractionsStayBetweenZeroAndOne() {
        assertThat(Quantity.fraction("0.02")).isEqualTo(0.02);
        assertThat(Quantity.fraction("1")).isEqualTo(1);
        assertThatThrownBy(() -> Quantity.fraction("1.01")).hasMessageContaining("outside 0–1");
        assertThatThrownBy(() -> Quantity.fraction("-0.1")).hasMessageContaining("outside 0–1");
    }

    private static void assertRefused(String text, Dimension dimension, String message) {
        assertThatThrownBy(() -> Quantity.parse(text, dimension))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
