package org.riparian.store.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A result rendered as JSON reads back as the very double stored, whole ones as integers. */
class NumberFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void aRenderedResultParsesBackToTheSameDouble(@ForAll("results") double result) throws Exception {
        JsonNode parsed = JSON.readTree(NumberField.render(result).toString());

        assertThat(parsed.doubleValue()).isEqualTo(result == 0 ? 0.0 : result);
        assertThat(parsed.isIntegralNumber()).isEqualTo(result == Math.rint(result) && Math.abs(result) <= 9_007_199_254_740_992.0);
    }

    @Provide
    Arbitrary<Double> results() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.longs().between(-(1L << 54), 1L << 54).map(Long::doubleValue),
                Arbitraries.of(0.0, -0.0, 10.0, 10.5, 1e300, -1e-300, 9_007_199_254_740_992.0, 9_007_199_254_740_994.0));
    }
}
