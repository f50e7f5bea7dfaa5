package org.riparian.analysis.ensemble;

import java.io.Serializable;

/**
 * Counts over shortage sequences from which reliability, resilience and vulnerability follow (Hashimoto, Stedinger
 * and Loucks 1982). Tallies add up across traces; a recovery is only counted within one trace, never from the last
 * step of one trace to the first of the next.
 *
 * @param steps            steps seen
 * @param shortSteps       steps with a shortage
 * @param followedShort    short steps that have a next step in their trace
 * @param recoveries       short steps whose next step is not short
 * @param shortageHm3      sum of shortages over short steps
 * @param shortageShare    sum over short steps of shortage / need
 * @param worstShortageHm3 largest shortage of one step
 * @param worstShare       largest shortage / need of one step
 */
public record ShortageTally(long steps, long shortSteps, long followedShort, long recoveries, double shortageHm3,
        double shortageShare, double worstShortageHm3, double worstShare) implements Serializable {

    /**
     * A shortage below this share of the step's need (and below 1e-6 hm³) is solver round-off, not a shortage: the
     * engine closes mass balance to 1e-6 of the largest flow.
     */
    static final double NOISE = 1e-6;

    public static final ShortageTally NONE = new ShortageTally(0, 0, 0, 0, 0, 0, 0, 0);

    /** The tally of one trace: the shortage and the need of each step, hm³. */
    public static ShortageTally of(double[] shortageHm3, double[] needHm3) {
        long shortSteps = 0;
        long followed = 0;
        long recoveries = 0;
        double sum = 0;
        double shares = 0;
        double worst = 0;
        double worstShare = 0;
        for (int t = 0; t < shortageHm3.length; t++) {
            if (!isShort(shortageHm3[t], needHm3[t])) {
                continue;
            }
            double share = needHm3[t] > 0 ? shortageHm3[t] / needHm3[t] : 1;
            shortSteps++;
            sum += shortageHm3[t];
            shares += share;
            worst = Math.max(worst, shortageHm3[t]);
            worstShare = Math.max(worstShare, share);
            if (t + 1 < shortageHm3.length) {
                followed++;
                recoveries += isShort(shortageHm3[t + 1], needHm3[t + 1]) ? 0 : 1;
            }
        }
        return new ShortageTally(shortageHm3.length, shortSteps, followed, recoveries, sum, shares, worst, worstShare);
    }

    static boolean isShort(double shortageHm3, double needHm3) {
        return shortageHm3 > NOISE * Math.max(1, needHm3);
    }

    public ShortageTally plus(ShortageTally other) {
        return new ShortageTally(steps + other.steps, shortSteps + other.shortSteps, followedShort + other.followedShort,
                recoveries + other.recoveries, shortageHm3 + other.shortageHm3, shortageShare + other.shortageShare,
                Math.max(worstShortageHm3, other.worstShortageHm3), Math.max(worstShare, other.worstShare));
    }

    /** Share of steps without shortage. */
    public double reliability() {
        return steps == 0 ? 1 : 1 - (double) shortSteps / steps;
    }

    /**
     * Chance that a shortage ends by the next step; null when no shortage had a next step to end in (it is
     * undefined, not perfect).
     */
    public Double resilience() {
        return followedShort == 0 ? null : (double) recoveries / followedShort;
    }

    /** Mean shortage of the short steps, hm³ per step (0 when never short). */
    public double meanShortageHm3() {
        return shortSteps == 0 ? 0 : shortageHm3 / shortSteps;
    }

    /** Mean shortage of the short steps as a share of their need (0 when never short). */
    public double meanShortageShare() {
        return shortSteps == 0 ? 0 : shortageShare / shortSteps;
    }
}
