package org.riparian.engine.hydropower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class HydropowerEquationTest {

    private final HydropowerEquation megajoules = new HydropowerEquation(1.0, 1000, 1.0, 1e-6);

    @Test
    void tenCubicMetresOverAHundredMetresMakeNinePointEightOneMegajoules() {
        // 1000 kg/m3 × 9.81 m/s2 × 100 m × 10 m3 = 9.81e6 J = 9.81 MJ
        assertThat(megajoules.power(10, 100)).isCloseTo(9.81, within(1e-12));
    }

    @Test
    void noFlowAtOrBelowTheMinimumHeadAndNoPowerFromANegativeHead() {
        assertThat(megajoules.flowFor(9.81, 5, 5)).isZero();
        assertThat(megajoules.power(10, -3)).isZero();
    }

    @Property
    void theFlowForATargetMakesThatTarget(@ForAll @DoubleRange(min = 0, max = 1e4) double power,
            @ForAll @DoubleRange(min = 1, max = 500) double headM,
            @ForAll @DoubleRange(min = 0.3, max = 1) double efficiency) {
        HydropowerEquation equation = new HydropowerEquation(efficiency, 1000, 86400, 1e-6);
        assertThat(equation.power(equation.flowFor(power, headM, 0), headM)).isCloseTo(power, within(1e-9 * (1 + power)));
    }
}
