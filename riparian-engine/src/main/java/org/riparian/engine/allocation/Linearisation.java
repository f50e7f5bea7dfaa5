package org.riparian.engine.allocation;

/**
 * The point a season LP is linearised around, per step and node: start, mean and end storage (hm³), the turbined
 * volume of each plant (hm³), and per reservoir the trust radius (hm³) its end-of-step storage may move in one
 * iteration ({@code +∞} when free).
 */
public record Linearisation(double[][] startHm3, double[][] meanHm3, double[][] endHm3, double[][] turbinedHm3,
        double[] trustRadiusHm3) {
}
