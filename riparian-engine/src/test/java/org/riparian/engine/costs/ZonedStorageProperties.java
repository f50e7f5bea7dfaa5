package org.riparian.engine.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** How a zoned storage divides its volume and room between zones, for any boundaries and volume. */
class ZonedStorageProperties {

    @Property
    void zonesHoldTheVolumeFilledFromTheBottomAndTheirRoomsAddUpToTheMaxVolume(
            @ForAll @IntRange(min = 1, max = 5) int zoneCount, @ForAll("tops") double[] fractions,
            @ForAll @DoubleRange(min = 0, max = 1) double fill, @ForAll @DoubleRange(min = 1, max = 1e4) double max) {
        CostNetwork.Builder b = CostNetwork.builder();
        ZonedStorage storage = ZonedStorage.add(b, "s", zoneCount);
        CostStep step = new CostStep(b.build());
        double[] tops = new double[zoneCount];
        for (int z = 0; z < zoneCount - 1; z++) {
            tops[z] = fractions[z] * max;
        }
        Arrays.sort(tops, 0, zoneCount - 1);
        tops[zoneCount - 1] = max;
        double volume = fill * max;
        storage.prepare(step, volume, tops, new double[zoneCount], 1);
        double held = 0;
        double room = 0;
        for (int z = 0; z < zoneCount; z++) {
            int zone = storage.zones().get(z);
            held -= step.minFlow[zone];
            room += step.maxFlow[zone] - step.minFlow[zone];
            double below = z == 0 ? 0 : tops[z - 1];
            // a zone holds water only when the zone below it is full
            if (z > 0 && -step.minFlow[zone] > 0) {
                int under = storage.zones().get(z - 1);
                assertThat(step.maxFlow[under]).isCloseTo(0, within(1e-9 * max));
            }
            assertThat(-step.minFlow[zone]).isLessThanOrEqualTo(tops[z] - below + 1e-9 * max);
        }
        assertThat(held).isCloseTo(volume, within(1e-9 * max));
        assertThat(room).isCloseTo(max, within(1e-9 * max));
    }

    /** Zone boundaries below the top as fractions of the max volume, in any order (sorted before use). */
    @Provide
    Arbitrary<double[]> tops() {
        return Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(4);
    }
}
