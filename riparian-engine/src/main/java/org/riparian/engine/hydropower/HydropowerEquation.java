package org.riparian.engine.hydropower;

/**
 * The hydropower equation P = ρ·g·H·η·Q with the caller's units: {@code flowToM3} turns a flow into m³ per time unit
 * of the power, {@code energyScale} turns J per time unit into the power's unit (1e-6: MJ, so with daily flows in m³
 * per day the power is MJ per day). Used both ways: the power a flow makes, and the flow a power target needs.
 */
public record HydropowerEquation(double efficiency, double waterDensityKgM3, double flowToM3, double energyScale) {

    private static final double GRAVITY_M_S2 = 9.81;

    public HydropowerEquation {
        if (!(efficiency > 0) || !(waterDensityKgM3 > 0) || !(flowToM3 > 0) || !(energyScale > 0)) {
            throw new IllegalArgumentException("efficiency, density and unit factors must be above 0");
        }
    }

    /** Power per unit of flow at this head (a negative head makes no power). */
    public double powerPerFlow(double headM) {
        return energyScale * waterDensityKgM3 * GRAVITY_M_S2 * Math.max(headM, 0) * efficiency * flowToM3;
    }

    public double power(double flow, double headM) {
        return flow * powerPerFlow(headM);
    }

    /** The flow that makes {@code power} at this head; no flow at or below the minimum head. */
    public double flowFor(double power, double headM, double minHeadM) {
        if (headM <= minHeadM || headM <= 0) {
            return 0;
        }
        return power / powerPerFlow(headM);
    }
}
