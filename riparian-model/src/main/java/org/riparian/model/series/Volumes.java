package org.riparian.model.series;

/** Conversions between a mean flow over a period and the volume it carries; the only place where 86 400 appears. */
public final class Volumes {

    public static final double SECONDS_PER_DAY = 86_400.0;
    private static final double M3_PER_HM3 = 1e6;

    private Volumes() {
    }

    public static double hm3FromM3s(double flowM3s, double days) {
        return flowM3s * days * SECONDS_PER_DAY / M3_PER_HM3;
    }

    public static double m3sFromHm3(double volumeHm3, double days) {
        return volumeHm3 * M3_PER_HM3 / (days * SECONDS_PER_DAY);
    }
}
