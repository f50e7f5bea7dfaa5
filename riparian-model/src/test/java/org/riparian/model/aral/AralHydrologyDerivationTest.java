package org.riparian.model.aral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Inflow;
import org.riparian.model.series.Climatology;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Series;

/**
 * Re-derives the hydrology figures of the shipped aral-basin.yaml, as {@link AralBasin#load()} reads them, from the
 * shared data set, so that anyone holding {@code shared/data/aral-basin} can check them: the monthly climatology (mean,
 * sd, lag-1) of each gauge used, the climatology of the estimated inflows (their series times the proxy gauge's
 * monthly coefficient of variation), and the named normal / dry / wet years. Skipped when the shared folder is absent (the raw series are not shipped).
 *
 * <p>Definitions: only complete calendar years count; sd is the sample standard deviation (n - 1); lag-1 of month m is
 * the Pearson correlation of (month m-1, month m) over the years, December of the previous year for January. Means and
 * sd are rounded to 0.1 m3/s and lag-1 to 0.01 in the file.
 */
class AralHydrologyDerivationTest {

    private static final double[] DAYS = {31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final String GRDC = "grdc_syrdarya_monthly_q.csv";
    private static final String CHIRCHIK = "chirchik_uzhydromet_monthly_q.csv";
    private static final String ZERAVSHAN = "zeravshan_ravatkhodja_monthly_q_2010_2023.csv";

    private static Path data;
    private static Basin basin;
    private static final Map<String, Map<Integer, double[]>> gauges = new HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        data = Stream.of("/work/shared/data/aral-basin", "../shared/data/aral-basin", "../../shared/data/aral-basin")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(data != null,
                "shared/data/aral-basin is not present beside the repository: the Aral hydrology derivation is not re-checked");
        basin = AralBasin.load();
        gauges.put("naryn_inflow", completeYears(GRDC, 0, "2416870"));
        gauges.put("karadarya_inflow", completeYears(GRDC, 0, "2416700"));
        gauges.put("arys_inflow", completeYears(GRDC, 0, "2316500"));
        gauges.put("charvak_inflow", completeYears(CHIRCHIK, 0, "16294"));
        gauges.put("zeravshan_inflow", completeYears(ZERAVSHAN, -1, null));
    }

    @Test
    void gaugeClimatologiesMatchTheSharedSeries() {
        gauges.forEach((id, years) -> {
            Derived expected = Derived.of(years);
            Climatology shipped = climatology(id);
            assertThat(shipped.meanM3s()).as(id + " mean").containsExactly(expected.mean, within(0.051));
            assertThat(shipped.sdM3s()).as(id + " sd").containsExactly(expected.sd, within(0.051));
            assertThat(shipped.lag1()).as(id + " lag1").containsExactly(expected.lag1, within(0.0051));
            assertThat(series(id)).as(id + " series is the climatological mean")
                    .containsExactly(expected.mean, within(0.051));
        });
    }

    @Test
    void estimatedInflowsTakeTheVariabilityOfTheirProxyGauge() {
        Map<String, String> proxyOf = Map.of("fergana_lateral_kgz", "karadarya_inflow", "chirchik_lateral_inflow",
                "charvak_inflow", "kaz_lateral_inflow", "arys_inflow", "vakhsh_inflow", "zeravshan_inflow", "panj_inflow",
                "zeravshan_inflow");
        proxyOf.forEach((id, proxy) -> {
            Climatology proxyClimatology = climatology(proxy);
            double[] mean = proxyClimatology.meanM3s();
            double[] sd = proxyClimatology.sdM3s();
            double[] own = series(id);
            double[] expectedSd = new double[12];
            for (int m = 0; m < 12; m++) {
                expectedSd[m] = own[m] * sd[m] / mean[m];
            }
            Climatology shipped = climatology(id);
            assertThat(shipped.sdM3s()).as(id + " sd").containsExactly(expectedSd, within(0.051));
            assertThat(shipped.lag1()).as(id + " lag1").containsExactly(proxyClimatology.lag1(), within(1e-9));
        });
    }

    @Test
    void namedYearsAreTheMeanAndDecileYearsOfTheMainGauges() {
        Map<Integer, Double> syrIndex = new TreeMap<>();
        for (int year : gauges.get("naryn_inflow").keySet()) {
            if (gauges.get("karadarya_inflow").containsKey(year) && gauges.get("charvak_inflow").containsKey(year)) {
                syrIndex.put(year, Stream.of("naryn_inflow", "karadarya_inflow", "charvak_inflow")
                        .mapToDouble(id -> km3(gauges.get(id).get(year))).sum());
            }
        }
        Map<Integer, Double> zeravshanIndex = new TreeMap<>();
        gauges.get("zeravshan_inflow").forEach((year, q) -> zeravshanIndex.put(year, km3(q)));
        Map<String, Double> quantiles = Map.of("normal", -1.0, "dry", 0.1, "wet", 0.9);
        quantiles.forEach((name, p) -> {
            int syrYear = namedYear(syrIndex, p);
            int zeravshanYear = namedYear(zeravshanIndex, p);
            Map<String, Series> inflows = basin.hydrology(name).inflows();
            for (String id : List.of("naryn_inflow", "karadarya_inflow", "charvak_inflow")) {
                assertThat(flows(inflows.get(id))).as(name + " " + id + " = " + syrYear)
                        .containsExactly(gauges.get(id).get(syrYear), within(0.051));
            }
            assertThat(flows(inflows.get("zeravshan_inflow")))
                    .as(name + " zeravshan = " + zeravshanYear)
                    .containsExactly(gauges.get("zeravshan_inflow").get(zeravshanYear), within(0.051));
            double syrRatio = syrIndex.get(syrYear) / mean(syrIndex.values());
            assertThat(km3(flows(inflows.get("arys_inflow"))))
                    .as(name + " arys scaled like the Syr index").isCloseTo(km3(series("arys_inflow")) * syrRatio, within(0.01));
        });
    }

    /** The year closest to the mean (p < 0) or to the p-quantile (linear interpolation) of the annual volumes. */
    private static int namedYear(Map<Integer, Double> index, double p) {
        List<Double> sorted = index.values().stream().sorted().toList();
        double target;
        if (p < 0) {
            target = mean(sorted);
        } else {
            double k = (sorted.size() - 1) * p;
            int lo = (int) Math.floor(k);
            int hi = (int) Math.ceil(k);
            target = sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (k - lo);
        }
        int best = -1;
        for (Map.Entry<Integer, Double> e : index.entrySet()) {
            if (best < 0 || Math.abs(e.getValue() - target) < Math.abs(index.get(best) - target)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The climatology recomputed from a gauge's complete years. */
    private record Derived(double[] mean, double[] sd, double[] lag1) {

        static Derived of(Map<Integer, double[]> years) {
            double[] mean = new double[12];
            double[] sd = new double[12];
            double[] lag1 = new double[12];
            for (int month = 0; month < 12; month++) {
                final int m = month;
                List<Double> xs = new ArrayList<>();
                List<double[]> pairs = new ArrayList<>();
                for (Map.Entry<Integer, double[]> e : years.entrySet()) {
                    xs.add(e.getValue()[m]);
                    Optional<Double> previous = m == 0
                            ? Optional.ofNullable(years.get(e.getKey() - 1)).map(q -> q[11])
                            : Optional.of(e.getValue()[m - 1]);
                    previous.ifPresent(x -> pairs.add(new double[] {x, e.getValue()[m]}));
                }
                double mu = AralHydrologyDerivationTest.mean(xs);
                mean[m] = mu;
                sd[m] = Math.sqrt(xs.stream().mapToDouble(x -> (x - mu) * (x - mu)).sum() / (xs.size() - 1));
                lag1[m] = correlation(pairs);
            }
            return new Derived(mean, sd, lag1);
        }
    }

    private static double correlation(List<double[]> pairs) {
        double ma = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double mb = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] p : pairs) {
            sab += (p[0] - ma) * (p[1] - mb);
            saa += (p[0] - ma) * (p[0] - ma);
            sbb += (p[1] - mb) * (p[1] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** Complete calendar years of one station: keyColumn < 0 takes every row of the file. */
    private static Map<Integer, double[]> completeYears(String file, int keyColumn, String key) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve(file));
        List<String> header = List.of(lines.get(0).split(","));
        int year = header.indexOf("year");
        int month = header.indexOf("month");
        int q = header.indexOf("q_m3s");
        Map<Integer, double[]> byYear = new TreeMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells.length <= q || keyColumn >= 0 && !cells[keyColumn].equals(key)) {
                continue;
            }
            int y = Integer.parseInt(cells[year]);
            byYear.computeIfAbsent(y, k -> new double[12])[Integer.parseInt(cells[month]) - 1] = Double.parseDouble(cells[q]);
            count.merge(y, 1, Integer::sum);
        }
        byYear.keySet().removeIf(y -> count.get(y) != 12);
        return byYear;
    }

    private static double km3(double[] monthlyM3s) {
        double total = 0;
        for (int m = 0; m < 12; m++) {
            total += monthlyM3s[m] * DAYS[m] * 86_400;
        }
        return total / 1e9;
    }

    private static double mean(Collection<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Inflow inflow(String id) {
        return (Inflow) basin.network().node(id).orElseThrow();
    }

    private static Climatology climatology(String id) {
        return inflow(id).climatology().orElseThrow(() -> new AssertionError(id + " has no climatology"));
    }

    private static double[] series(String id) {
        return flows(inflow(id).series());
    }

    private static double[] flows(Series series) {
        assertThat(series).isInstanceOf(MonthlyProfile.class);
        return ((MonthlyProfile) series).flowsM3s();
    }
}
