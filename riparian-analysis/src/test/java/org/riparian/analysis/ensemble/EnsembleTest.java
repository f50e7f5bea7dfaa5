package org.riparian.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riparian.analysis.generator.CrossCorrelation;
import org.riparian.analysis.generator.InflowGenerator;
import org.riparian.analysis.generator.TraceHydrology;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Scenario;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Place;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.Climatology;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * A river (mean 10 m³/s, sd 4 m³/s every month) feeding fields that want 10 m³/s, the rest to a sea. Whatever the
 * fields do not take reaches the sea, so per trace fields + sea = river: a conservation check on every trace.
 */
class EnsembleTest {

    private static final Place UZB = new Place("UZB", "amu");
    private static final TimeAxis YEAR = TimeAxis.of(StepKind.MONTH, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1));

    private static Basin basin() {
        double[] tens = new double[12];
        Arrays.fill(tens, 10);
        double[] fours = new double[12];
        Arrays.fill(fours, 4);
        double[] lag1 = new double[12];
        Arrays.fill(lag1, 0.6);
        Network network = new Network(List.of(
                new Inflow("river", UZB, MonthlyProfile.constant(10), Optional.of(new Climatology(tens, fours, lag1))),
                new Demand("fields", UZB, DemandUse.IRRIGATION, MonthlyProfile.constant(10), 1, 1, Optional.empty(), 0),
                new Terminal("sea", UZB, Optional.empty(), Optional.empty())),
                List.of(Link.of("river", "fields"), Link.of("river", "sea")), List.of());
        double[] dryFromApril = {1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1};
        Scenario drought = new Scenario("summer-drought", "no water April to September", Set.of(), Map.of(), Map.of(),
                Map.of(Basin.ALL, new MonthlyValues(dryFromApril)));
        return new Basin("toy", "one river", network, Map.of(), Map.of("summer-drought", drought));
    }

    private static Ensemble ensemble() {
        Basin basin = basin();
        InflowGenerator generator = new InflowGenerator(TraceHydrology.sites(basin.network()),
                CrossCorrelation.uniform(List.of("river"), 1));
        return new Ensemble(basin, List.of(), YEAR, generator, SolverKind.GLOP);
    }

    @Test
    void theFieldsAreShortExactlyInTheMonthsTheRiverFallsBelowTheirNeed() {
        EnsembleResult result = ensemble().run(200, 11, 2, Progress.NONE);
        ShortageTally fields = result.demands().get("fields");
        assertThat(fields.steps()).isEqualTo(200 * 12);
        // The river is log-normal with mean 10 and sd 4: P(Q < 10) = Φ((ln 10 − μ)/σ) ≈ 0.57 with σ² = ln 1.16.
        double sigma = Math.sqrt(Math.log(1.16));
        double belowMean = 0.5 + 0.5 * erf((sigma / 2) / Math.sqrt(2));
        // 2,400 months in runs of correlated months (lag-1 0.6): well inside ±0.05 of the probability.
        assertThat(1 - fields.reliability()).isCloseTo(belowMean, within(0.05));
        assertThat(result.countries().get("UZB")).isEqualTo(fields);
        assertThat(fields.worstShare()).isLessThan(1);
    }

    @Test
    void aMonthlyScenarioAppliesToEveryTrace() {
        Basin basin = basin();
        InflowGenerator generator = new InflowGenerator(TraceHydrology.sites(basin.network()),
                CrossCorrelation.uniform(List.of("river"), 1));
        Ensemble dry = new Ensemble(basin, List.of("summer-drought"), YEAR, generator, SolverKind.GLOP);
        ShortageTally fields = dry.run(10, 11, 2, Progress.NONE).demands().get("fields");
        // April to September (6 of 12 months) every trace has no water at all: those months are short, fully.
        assertThat(fields.shortSteps()).isGreaterThanOrEqualTo(10 * 6);
        assertThat(fields.worstShare()).isCloseTo(1, within(1e-9));
    }

    @Test
    void anEnsembleIsTheSameOnOneThreadOrFour() {
        assertThat(ensemble().run(20, 5, 4, Progress.NONE)).isEqualTo(ensemble().run(20, 5, 1, Progress.NONE));
    }

    @Test
    void everyTracesWaterGoesToTheFieldsOrTheSea() {
        Ensemble ensemble = ensemble();
        for (int k = 0; k < 5; k++) {
            TraceOutcome outcome = ensemble.runTrace(3, k);
            ShortageTally fields = outcome.demands().get("fields");
            double needHm3 = Arrays.stream(MonthlyProfile.constant(10).volumesHm3(YEAR)).sum();
            double deliveredHm3 = needHm3 - fields.shortageHm3();
            double seaHm3 = outcome.terminalInflowHm3().get("sea");
            double riverHm3 = riverVolumeHm3(ensemble, k);
            assertThat(deliveredHm3 + seaHm3).isCloseTo(riverHm3, within(1e-6 * riverHm3));
        }
    }

    private static double riverVolumeHm3(Ensemble ensemble, int k) {
        var trace = ensemble.generator().generate(java.time.YearMonth.of(2026, 10), 12,
                new java.util.SplittableRandom(TraceSeed.of(3, k)));
        return Arrays.stream(TraceHydrology.of(trace, "k").inflows().get("river").volumesHm3(YEAR)).sum();
    }

    /** Abramowitz and Stegun 7.1.26, error below 1.5e-7: enough for a probability checked to 0.05. */
    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return 1 - poly * Math.exp(-x * x);
    }
}
