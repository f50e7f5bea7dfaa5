package org.riparian.analysis.generator;

/**
 * Moments of a two-parameter log-normal flow and their log-space counterparts (Matalas 1967), so a generator that
 * works on log flows reproduces the mean, standard deviation and correlations of the real flows, not of their logs.
 */
final class LogNormal {

    private LogNormal() {
    }

    /** Standard deviation of ln Q for a flow of this mean and standard deviation (mean &gt; 0). */
    static double logSd(double mean, double sd) {
        double cv = sd / mean;
        return Math.sqrt(Math.log1p(cv * cv));
    }

    /** Mean of ln Q for a flow of this mean and standard deviation (mean &gt; 0). */
    static double logMean(double mean, double sd) {
        double logSd = logSd(mean, sd);
        return Math.log(mean) - logSd * logSd / 2;
    }

    /**
     * The correlation of ln Q₁ and ln Q₂ that gives the real flows the correlation {@code correlation}; clamped to
     * [-1, 1] where log-normal flows cannot reach the target (strong negative correlation of very skewed flows).
     * Zero when either flow does not vary, since then any correlation is moot.
     */
    static double logCorrelation(double correlation, double mean1, double sd1, double mean2, double sd2) {
        double logSd1 = logSd(mean1, sd1);
        double logSd2 = logSd(mean2, sd2);
        if (logSd1 == 0 || logSd2 == 0) {
            return 0;
        }
        double argument = 1 + correlation * (sd1 / mean1) * (sd2 / mean2);
        if (argument <= 0) {
            return -1;
        }
        return Math.max(-1, Math.min(1, Math.log(argument) / (logSd1 * logSd2)));
    }
}
