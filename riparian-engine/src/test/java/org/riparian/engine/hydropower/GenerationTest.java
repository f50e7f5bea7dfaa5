package org.riparian.engine.hydropower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.LevelStorageArea;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;

/** P = 1000 · 9.81 · Q · H · η / 1e6 MW, Q capped by the turbines, P by the installed power; GWh = MW · hours / 1000. */
class GenerationTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final Place PLACE = new Place("KGZ", "test");

    /** Turbines take 200 m3/s, efficiency 0.9, 150 MW installed. */
    private static Hydropower plant(Optional<String> reservoir, Optional<Double> tailwaterM, Optional<Double> headM) {
        return new Hydropower("plant", PLACE, Status.EXISTING, 200, 0.9, 150, reservoir, tailwaterM, headM);
    }

    @Test
    void fixedHeadBelowTheTurbineAndPowerCaps() {
        // 8.64 hm3 in one day = 100 m3/s; head 80 m: P = 9810 * 100 * 80 * 0.9 / 1e6 = 70.632 MW; 24 h -> 1.695168 GWh.
        double energy = Generation.energyGwh(plant(Optional.empty(), Optional.empty(), Optional.of(80.0)), 8.64, 1, null, 0);
        assertThat(energy).isCloseTo(1.695168, EXACT);
    }

    @Test
    void flowAboveTurbineCapacityIsSpilledPastTheTurbines() {
        // 25.92 hm3/day = 300 m3/s, turbines take 200: P = 9810 * 200 * 80 * 0.9 / 1e6 = 141.264 MW -> 3.390336 GWh.
        double energy = Generation.energyGwh(plant(Optional.empty(), Optional.empty(), Optional.of(80.0)), 25.92, 1, null, 0);
        assertThat(energy).isCloseTo(3.390336, EXACT);
    }

    @Test
    void powerIsCappedAtTheInstalledCapacity() {
        // 200 m3/s at 100 m head: 9810 * 200 * 100 * 0.9 / 1e6 = 176.58 MW > 150 installed: 150 MW * 24 h = 3.6 GWh.
        double energy = Generation.energyGwh(plant(Optional.empty(), Optional.empty(), Optional.of(100.0)), 17.28, 1, null, 0);
        assertThat(energy).isCloseTo(3.6, EXACT);
    }

    @Test
    void headIsTheReservoirLevelAtMeanStorageAboveTheTailwater() {
        // prism from 100 m (empty) to 110 m (1000 hm3): mean storage 500 hm3 -> level 105 m; tailwater 45 m -> head 60 m.
        // 86.4 hm3 over a 10-day decade = 100 m3/s: P = 9810 * 100 * 60 * 0.9 / 1e6 = 52.974 MW; 240 h -> 12.71376 GWh.
        Reservoir reservoir = new Reservoir("dam", PLACE, Status.EXISTING, 0, 1000, 500,
                LevelStorageArea.prism(100, 110, 1000, 0), MonthlyValues.zero(), Optional.empty(), Optional.empty());
        double energy = Generation.energyGwh(plant(Optional.of("dam"), Optional.of(45.0), Optional.empty()), 86.4, 10,
                reservoir, 500);
        assertThat(energy).isCloseTo(12.71376, EXACT);
    }
}
