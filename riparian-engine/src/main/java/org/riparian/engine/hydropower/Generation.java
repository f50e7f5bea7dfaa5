package org.riparian.engine.hydropower;

import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Reservoir;
import org.riparian.model.series.Volumes;

/**
 * Energy of a plant from the flow through it: P = ρ·g·Q·H·η, with Q capped at the turbines' capacity and P at the
 * installed power. The head is the reservoir level at mean storage over the step above the tailwater, or the fixed head.
 */
public final class Generation {

    private static final double RHO_G_MW_PER_M3S_M = 1000 * 9.81 / 1e6;

    private Generation() {
    }

    public static double energyGwh(Hydropower plant, double throughFlowHm3, double days, Reservoir reservoir,
            double meanStorageHm3) {
        double turbinedM3s = Math.min(Volumes.m3sFromHm3(throughFlowHm3, days), plant.turbineMaxFlowM3s());
        double headM = headM(plant, reservoir, meanStorageHm3);
        double powerMw = Math.min(RHO_G_MW_PER_M3S_M * turbinedM3s * headM * plant.efficiency(), plant.installedMw());
        return powerMw * days * 24 / 1000.0;
    }

    /** GWh per hm³ turbined at the plant's head: ρ·g·H·η·10⁶ m³ / (3.6·10¹² J per GWh). */
    public static double gwhPerHm3(Hydropower plant, Reservoir reservoir, double meanStorageHm3) {
        return RHO_G_MW_PER_M3S_M * headM(plant, reservoir, meanStorageHm3) * plant.efficiency() * 1e6 / 3600 / 1000;
    }

    /**
     * How much more energy each hm³ turbined yields per hm³ of extra storage, GWh/hm³ per hm³: the slope of the
     * level–storage table times ρ·g·η. Taken over ±1 hm³ around the storage, one-sided at the table's ends.
     */
    public static double gwhPerHm3PerStorageHm3(Hydropower plant, Reservoir reservoir, double meanStorageHm3) {
        double low = Math.max(0, meanStorageHm3 - 1);
        double high = meanStorageHm3 + 1;
        double slopeMPerHm3 = (reservoir.curve().levelM(high) - reservoir.curve().levelM(low)) / (high - low);
        return RHO_G_MW_PER_M3S_M * slopeMPerHm3 * plant.efficiency() * 1e6 / 3600 / 1000;
    }

    static double headM(Hydropower plant, Reservoir reservoir, double meanStorageHm3) {
        if (plant.headM().isPresent()) {
            return plant.headM().get();
        }
        return Math.max(0, reservoir.curve().levelM(meanStorageHm3) - plant.tailwaterLevelM().orElseThrow());
    }
}
