package org.riparian.analysis.forecast;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.riparian.model.series.Volumes;

/** The recorded monthly mean flows of one gauge, m³/s; months without a record are simply absent. */
public record MonthlyFlows(String gauge, Map<YearMonth, Double> flowsM3s) {

    public MonthlyFlows {
        flowsM3s = new TreeMap<>(flowsM3s);
        flowsM3s.forEach((month, flow) -> {
            if (!Double.isFinite(flow) || flow < 0) {
                throw new IllegalArgumentException("gauge " + gauge + ", " + month + ": flow " + flow + " m3/s, expected a finite flow >= 0");
            }
        });
    }

    /** The volume of the months from {@code first} to {@code last} inclusive, hm³; empty if any month is missing. */
    public Optional<Double> volumeHm3(YearMonth first, YearMonth last) {
        double volume = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Double flow = flowsM3s.get(month);
            if (flow == null) {
                return Optional.empty();
            }
            volume += Volumes.hm3FromM3s(flow, month.lengthOfMonth());
        }
        return Optional.of(volume);
    }

    /** October of the year before to March: the flow known when the vegetation season of {@code year} is planned. */
    public Optional<Double> winterVolumeHm3(int year) {
        return volumeHm3(YearMonth.of(year - 1, 10), YearMonth.of(year, 3));
    }

    /** April to September of {@code year}: the vegetation season's volume. */
    public Optional<Double> vegetationVolumeHm3(int year) {
        return volumeHm3(YearMonth.of(year, 4), YearMonth.of(year, 9));
    }
}
