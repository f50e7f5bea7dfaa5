package org.riparian.analysis.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast every gauge with a monthly record supports: the vegetation-season volume regressed on the October–March
 * volume before it, trained on every complete year except the one forecast (so a past year is a fair hindcast).
 */
public final class WinterFlowForecast {

    public static final String PREDICTOR = "oct_mar_volume_hm3";

    private WinterFlowForecast() {
    }

    /** The model for {@code year}, from every other year with both seasons complete. */
    public static ForecastModel train(MonthlyFlows flows, int year) {
        List<Sample> samples = new ArrayList<>();
        int first = flows.flowsM3s().keySet().stream().map(YearMonth::getYear).min(Integer::compare).orElse(year);
        int last = flows.flowsM3s().keySet().stream().map(YearMonth::getYear).max(Integer::compare).orElse(year);
        for (int y = first + 1; y <= last; y++) {
            int candidate = y;
            if (candidate == year) {
                continue;
            }
            flows.winterVolumeHm3(candidate).ifPresent(winter -> flows.vegetationVolumeHm3(candidate)
                    .ifPresent(vegetation -> samples.add(new Sample(candidate, new double[] {winter}, vegetation))));
        }
        return ForecastModel.fit(List.of(PREDICTOR), samples);
    }

    /** The forecast for {@code year}, which needs its October–March flow on record. */
    public static VolumeForecast forecast(MonthlyFlows flows, int year) {
        double winter = flows.winterVolumeHm3(year).orElseThrow(() -> new IllegalArgumentException("gauge " + flows.gauge()
                + " has no complete October " + (year - 1) + " to March " + year + " record to forecast " + year + " from"));
        return train(flows, year).forecast(new double[] {winter});
    }
}
