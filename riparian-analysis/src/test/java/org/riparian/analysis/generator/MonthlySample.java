package org.riparian.analysis.generator;

/**
 * Sample statistics of a generated trace that starts in January: per site and calendar month the mean, standard
 * deviation, lag-1 correlation with the month before and the lag-0 correlation between sites.
 */
final class MonthlySample {

    private final double[][] flows;

    MonthlySample(Trace trace) {
        if (trace.first().getMonthValue() != 1) {
            throw new IllegalArgumentException("a sample trace starts in January");
        }
        this.flows = trace.flowsM3s();
    }

    int years() {
        return flows[0].length / 12;
    }

    double mean(int site, int month) {
        double sum = 0;
        for (int year = 0; year < years(); year++) {
            sum += flows[site][12 * year + month];
        }
        return sum / years();
    }

    double sd(int site, int month) {
        return Math.sqrt(covariance(site, month, 0, site, month, 0));
    }

    /** Correlation of month {@code month} with the month before (December of the year before for January). */
    double lag1(int site, int month) {
        int shift = month == 0 ? 1 : 0;
        return correlation(site, month, shift, site, (month + 11) % 12, 0);
    }

    double cross(int a, int b, int month) {
        return correlation(a, month, 0, b, month, 0);
    }

    /** Year offset {@code shiftA} skips the first year of a so that a January pairs with the December before it. */
    private double correlation(int a, int monthA, int shiftA, int b, int monthB, int shiftB) {
        return covariance(a, monthA, shiftA, b, monthB, shiftB)
                / Math.sqrt(covariance(a, monthA, shiftA, a, monthA, shiftA) * covariance(b, monthB, shiftB, b, monthB, shiftB));
    }

    private double covariance(int a, int monthA, int shiftA, int b, int monthB, int shiftB) {
        int count = years() - Math.max(shiftA, shiftB);
        double sumA = 0;
        double sumB = 0;
        double sumAb = 0;
        for (int k = 0; k < count; k++) {
            double x = flows[a][12 * (k + shiftA) + monthA];
            double y = flows[b][12 * (k + shiftB) + monthB];
            sumA += x;
            sumB += y;
            sumAb += x * y;
        }
        return (sumAb - sumA * sumB / count) / (count - 1);
    }
}
