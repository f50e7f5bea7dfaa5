package org.riparian.analysis.ensemble;

/**
 * The seed of trace {@code k} of an ensemble seeded with {@code seed}: a function of both only, so a trace is the same
 * whichever thread or machine runs it, and an ensemble is the same for any number of threads.
 */
public final class TraceSeed {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private TraceSeed() {
    }

    /** SplitMix64's finaliser over seed + (k + 1)·γ: neighbouring traces get unrelated seeds. */
    public static long of(long seed, int trace) {
        long z = seed + (trace + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
