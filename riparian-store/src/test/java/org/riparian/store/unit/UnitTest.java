package org.riparian.store.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.riparian.store.InvalidInputException;

class UnitTest {

    @Test
    void convertsWithinADimension() {
        assertThat(Unit.LITRE_PER_SECOND.convert(2500, Unit.CUBIC_METRE_PER_SECOND, "u")).isCloseTo(2.5, within(1e-12));
        assertThat(Unit.CUBIC_KILOMETRE.convert(19.5, Unit.CUBIC_HECTOMETRE, "u")).isCloseTo(19_500, within(1e-9));
        assertThat(Unit.CUBIC_METRE.convert(1e6, Unit.MILLION_CUBIC_METRES, "u")).isCloseTo(1, within(1e-12));
        assertThat(Unit.CENTIMETRE.convert(12.5, Unit.MILLIMETRE, "u")).isCloseTo(125, within(1e-12));
        assertThat(Unit.METRE_WATER_EQUIVALENT.convert(-0.8, Unit.MILLIMETRE_WATER_EQUIVALENT, "u")).isCloseTo(-800, within(1e-9));
        assertThat(Unit.MEGAWATT_HOUR.convert(87_500, Unit.GIGAWATT_HOUR, "u")).isCloseTo(87.5, within(1e-9));   // 87 500 MWh / 1000
        assertThatThrownBy(() -> Unit.GIGAWATT_HOUR.convert(1, Unit.CUBIC_HECTOMETRE, "u")).hasMessageContaining("energy");
    }

    @Test
    void refusesUnknownUnitsAndMixedDimensions() {
        assertThatThrownBy(() -> Unit.of("cfs", "unit")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("unit: unknown unit 'cfs'").hasMessageContaining("m3/s, l/s");
        assertThatThrownBy(() -> Unit.of("MM", "unit")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Unit.MILLIMETRE.convert(1, Unit.CUBIC_METRE_PER_SECOND, "csv unit"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("csv unit").hasMessageContaining("depth").hasMessageContaining("flow");
    }

    @Test
    void keepsADeclaredUnitItCannotConvertAndNeverConvertsIt() {
        Unit lumen = Unit.declared("lm", "unitOfMeasurement.symbol");
        assertThat(lumen.dimension()).isEqualTo(Unit.Dimension.UNCONVERTED);
        assertThat(lumen.convert(42, Unit.declared("lm", "u"), "result")).isEqualTo(42);
        assertThat(Unit.declared("l/s", "u")).isSameAs(Unit.LITRE_PER_SECOND);
        assertThatThrownBy(() -> lumen.convert(1, Unit.CUBIC_METRE_PER_SECOND, "result"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("result: values in lm cannot be converted to m3/s");
        assertThatThrownBy(() -> Unit.CUBIC_METRE_PER_SECOND.convert(1, lumen, "result")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Unit.declared(" ", "unitOfMeasurement.symbol")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("unitOfMeasurement.symbol: expected a unit symbol");
    }
}
