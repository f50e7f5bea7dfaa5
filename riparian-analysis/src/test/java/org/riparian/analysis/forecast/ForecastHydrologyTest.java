package org.riparian.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.network.Inflow;
import org.riparian.model.series.Series;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

class ForecastHydrologyTest {

    private static final Basin ARAL = AralBasin.load();

    /**
     * A gauge whose April–September volume equals the October–March volume before it, exactly (the summer flow is
     * set from the winter volume), so the regression is V = W with no residual and the forecast is the winter volume
     * itself. Winters of 2001–2025 alternate 100 and 200 m³/s, the winter before 2026 runs at 180 m³/s.
     */
    private static MonthlyFlows toktogulRecord() {
        Map<YearMonth, Double> flows = new HashMap<>();
        for (int year = 2001; year <= 2026; year++) {
            double winterM3s = year == 2026 ? 180 : year % 2 == 0 ? 200 : 100;
            for (YearMonth month = YearMonth.of(year - 1, 10); month.isBefore(YearMonth.of(year, 4)); month = month.plusMonths(1)) {
                flows.put(month, winterM3s);
            }
            if (year < 2026) {
                double winterHm3 = new MonthlyFlows("t", flows).winterVolumeHm3(year).orElseThrow();
                for (int month = 4; month <= 9; month++) {
                    flows.put(YearMonth.of(year, month), winterHm3 / Volumes.hm3FromM3s(1, 183));
                }
            }
        }
        return new MonthlyFlows("toktogul-gauge", flows);
    }

    @Test
    void theForecastOverTheRecordsMeanScalesTheSummerInflowsAboveTheNode() {
        Hydrology normal = ARAL.hydrology("normal");
        ForecastHydrology forecast = ForecastHydrology.of(ARAL.network(), Optional.of(normal), toktogulRecord(),
                Season.hydrologicalYear(2025), "toktogul", "p50");

        // By hand: the forecast is 2026's winter volume, 180 m³/s over Oct 2025–Mar 2026 (182 days); the mean is that
        // of the 25 training winters, 13 at 100 and 12 at 200 m³/s (182 or 183 days): about 148 m³/s, factor ≈ 1.216.
        MonthlyFlows record = toktogulRecord();
        double mean = 0;
        for (int year = 2001; year <= 2025; year++) {
            mean += record.winterVolumeHm3(year).orElseThrow() / 25;
        }
        assertThat(forecast.year()).isEqualTo(2026);
        assertThat(forecast.forecastHm3()).isCloseTo(Volumes.hm3FromM3s(180, 182), within(1e-6));
        assertThat(forecast.meanHm3()).isCloseTo(mean, within(1e-6));
        assertThat(forecast.factor()).isCloseTo(Volumes.hm3FromM3s(180, 182) / mean, within(1e-9)).isCloseTo(1.216, within(0.002));
        // Only the Naryn (through Kambar-Ata) feeds Toktogul.
        assertThat(forecast.scaled()).containsExactly("naryn_inflow");

        TimeAxis months = TimeAxis.of(StepKind.MONTH, Season.hydrologicalYear(2025));
        double[] base = series(normal, "naryn_inflow").volumesHm3(months);
        double[] driven = series(forecast.hydrology(), "naryn_inflow").volumesHm3(months);
        for (int m = 0; m < 12; m++) {
            double expected = m < 6 ? base[m] : base[m] * forecast.factor();
            assertThat(driven[m]).as("month %d of the hydrological year", m + 1).isCloseTo(expected, within(1e-9));
        }
        assertThat(series(forecast.hydrology(), "vakhsh_inflow").volumesHm3(months))
                .containsExactly(series(normal, "vakhsh_inflow").volumesHm3(months));
    }

    @Test
    void aLowQuantileGivesASmallerFactorAndAnUnknownOneIsRefused() {
        MonthlyFlows record = toktogulRecord();
        Season season = Season.vegetation(2026);
        assertThat(ForecastHydrology.of(ARAL.network(), Optional.empty(), record, season, "toktogul", "p05").factor())
                .isLessThanOrEqualTo(ForecastHydrology.of(ARAL.network(), Optional.empty(), record, season, "toktogul", "p95").factor());
        assertThatThrownBy(() -> ForecastHydrology.of(ARAL.network(), Optional.empty(), record, season, "toktogul", "p42"))
                .hasMessageContaining("p42").hasMessageContaining("p05, p10, p25, p50, p75, p90, p95");
    }

    @Test
    void aSeasonWithoutAprilToSeptemberOrAnUnknownNodeIsRefused() {
        assertThatThrownBy(() -> ForecastHydrology.vegetationYear(Season.nonVegetation(2026)))
                .hasMessageContaining("April-September");
        assertThat(ForecastHydrology.vegetationYear(Season.vegetation(2026))).isEqualTo(2026);
        assertThatThrownBy(() -> ForecastHydrology.inflowsUpstream(ARAL.network(), "nile"))
                .hasMessageContaining("--forecast-node").hasMessageContaining("nile");
    }

    private static Series series(Hydrology hydrology, String inflow) {
        return hydrology.inflows().getOrDefault(inflow,
                ARAL.network().node(inflow).map(Inflow.class::cast).orElseThrow().series());
    }
}
