package org.riparian.analysis.generator;

import java.time.YearMonth;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Multi-site monthly inflows from a seasonal AR(1) on log flows with cross-correlated innovations. Immutable and
 * thread-safe: each call draws only from the random generator it is given, so a seed fixes a trace.
 */
public final class InflowGenerator {

    /**
     * Months generated and dropped before the first month kept. The start draws correlated but not yet
     * cross-correlated as the month needs; each month multiplies the error by φᵢφⱼ (&lt; 0.9 for nearly all rivers),
     * so after 24 months it is below 0.1 of its start.
     */
    static final int WARM_UP_MONTHS = 24;

    private final List<Site> sites;
    private final MonthModel[] months = new MonthModel[12];

    public InflowGenerator(List<Site> sites, CrossCorrelation crossCorrelation) {
        this.sites = List.copyOf(sites);
        List<String> ids = this.sites.stream().map(Site::id).toList();
        if (!ids.equals(crossCorrelation.sites())) {
            throw new IllegalArgumentException("cross-correlation is over " + crossCorrelation.sites()
                    + " but the generator samples " + ids);
        }
        for (int month = 0; month < 12; month++) {
            months[month] = MonthModel.of(this.sites, crossCorrelation, month);
        }
    }

    public List<String> sites() {
        return sites.stream().map(Site::id).toList();
    }

    /**
     * Largest share by which a month's innovation correlations had to be damped to be positive definite (0: the
     * cross-site correlation is reproduced as given). High lag-1 correlations that differ between sites can ask
     * for more cross-correlation than an AR(1) can carry.
     */
    public double crossCorrelationDamping() {
        double damping = 0;
        for (MonthModel month : months) {
            damping = Math.max(damping, month.innovations.shrinkage());
        }
        return damping;
    }

    /** {@code count} consecutive months from {@code first}. */
    public Trace generate(YearMonth first, int count, RandomGenerator random) {
        int n = sites.size();
        YearMonth month = first.minusMonths(WARM_UP_MONTHS);
        double[] z = months[month.getMonthValue() - 1].innovations.correlate(normals(n, random));
        double[][] flows = new double[n][count];
        for (int k = -WARM_UP_MONTHS; k < count; k++) {
            MonthModel model = months[month.getMonthValue() - 1];
            if (k > -WARM_UP_MONTHS) {
                z = step(model, z, random);
            }
            if (k >= 0) {
                for (int i = 0; i < n; i++) {
                    flows[i][k] = model.flowM3s(i, z[i]);
                }
            }
            month = month.plusMonths(1);
        }
        return new Trace(sites(), first, flows);
    }

    private static double[] step(MonthModel model, double[] previous, RandomGenerator random) {
        double[] innovation = model.innovations.correlate(normals(previous.length, random));
        double[] next = new double[previous.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = model.phi[i] * previous[i] + model.innovationScale[i] * innovation[i];
        }
        return next;
    }

    private static double[] normals(int n, RandomGenerator random) {
        double[] normals = new double[n];
        for (int i = 0; i < n; i++) {
            normals[i] = random.nextGaussian();
        }
        return normals;
    }
}
