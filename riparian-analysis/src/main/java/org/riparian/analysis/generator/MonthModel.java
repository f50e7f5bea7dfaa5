package org.riparian.analysis.generator;

import java.util.List;

/**
 * The seasonal AR(1) of one calendar month in log space, for all sites: zₘ = φ·zₘ₋₁ + √(1−φ²)·εₘ with z the
 * standardised log flow and ε standard normals correlated by the innovation correlation. With unit-variance z in the
 * month before, z keeps unit variance, its lag-1 correlation is φ, and its lag-0 cross-correlation is
 * φᵢφⱼ·Rₘ₋₁ + √(1−φᵢ²)√(1−φⱼ²)·Cₘ, which the innovation correlation Cₘ is solved to make equal Rₘ.
 */
final class MonthModel {

    final boolean[] flows;
    final double[] logMean;
    final double[] logSd;
    final double[] phi;
    final double[] innovationScale;
    final Cholesky innovations;

    private MonthModel(boolean[] flows, double[] logMean, double[] logSd, double[] phi, double[][] innovationCorrelation) {
        this.flows = flows;
        this.logMean = logMean;
        this.logSd = logSd;
        this.phi = phi;
        this.innovationScale = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            innovationScale[i] = Math.sqrt(1 - phi[i] * phi[i]);
        }
        this.innovations = Cholesky.of(innovationCorrelation);
    }

    /** The model of calendar month {@code month} (0 = January). */
    static MonthModel of(List<Site> sites, CrossCorrelation crossCorrelation, int month) {
        int previous = (month + 11) % 12;
        int n = sites.size();
        double[] logMean = new double[n];
        double[] logSd = new double[n];
        double[] phi = new double[n];
        boolean[] flows = new boolean[n];
        for (int i = 0; i < n; i++) {
            Site site = sites.get(i);
            flows[i] = site.flows(month);
            double mean = site.climatology().meanM3s()[month];
            double sd = site.climatology().sdM3s()[month];
            if (site.flows(month)) {
                logMean[i] = LogNormal.logMean(mean, sd);
                logSd[i] = LogNormal.logSd(mean, sd);
            }
            phi[i] = site.flows(month) && site.flows(previous) ? LogNormal.logCorrelation(site.climatology().lag1()[month],
                    site.climatology().meanM3s()[previous], site.climatology().sdM3s()[previous], mean, sd) : 0;
        }
        double[][] now = logCrossCorrelation(sites, crossCorrelation, month);
        double[][] before = logCrossCorrelation(sites, crossCorrelation, previous);
        return new MonthModel(flows, logMean, logSd, phi, innovationCorrelation(now, before, phi));
    }

    /** Flow of site {@code i} for standardised log flow {@code z}, m³/s; 0 in a dry month. */
    double flowM3s(int i, double z) {
        return flows[i] ? Math.exp(logMean[i] + logSd[i] * z) : 0;
    }

    private static double[][] logCrossCorrelation(List<Site> sites, CrossCorrelation crossCorrelation, int month) {
        int n = sites.size();
        double[][] log = new double[n][n];
        for (int i = 0; i < n; i++) {
            log[i][i] = 1;
            for (int j = 0; j < i; j++) {
                Site a = sites.get(i);
                Site b = sites.get(j);
                double value = a.flows(month) && b.flows(month) ? LogNormal.logCorrelation(crossCorrelation.between(i, j),
                        a.climatology().meanM3s()[month], a.climatology().sdM3s()[month],
                        b.climatology().meanM3s()[month], b.climatology().sdM3s()[month]) : 0;
                log[i][j] = value;
                log[j][i] = value;
            }
        }
        return log;
    }

    private static double[][] innovationCorrelation(double[][] now, double[][] before, double[] phi) {
        int n = phi.length;
        double[][] innovation = new double[n][n];
        for (int i = 0; i < n; i++) {
            innovation[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double scale = Math.sqrt((1 - phi[i] * phi[i]) * (1 - phi[j] * phi[j]));
                // A site fully carried over from last month (|φ| = 1) takes no innovation, so its correlation is moot.
                double value = scale == 0 ? 0 : (now[i][j] - phi[i] * phi[j] * before[i][j]) / scale;
                innovation[i][j] = Math.max(-1, Math.min(1, value));
                innovation[j][i] = innovation[i][j];
            }
        }
        return innovation;
    }
}
