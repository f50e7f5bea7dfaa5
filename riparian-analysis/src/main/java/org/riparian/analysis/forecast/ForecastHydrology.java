package org.riparian.analysis.forecast;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.series.Series;
import org.riparian.model.time.Season;

/**
 * A season's hydrology driven by a volume forecast. The gauge's April–September volume forecast (a quantile of it)
 * over the mean April–September volume of the gauge's own training years is a ratio, how much wetter or drier than
 * usual the season will be at that gauge; the April–September inflows of every inflow node upstream of the basin node
 * the gauge measures are scaled by it. October–March and every other river keep the base hydrology.
 *
 * @param factor      forecast volume over the record's mean volume
 * @param forecastHm3 the chosen quantile of the forecast
 * @param meanHm3     mean vegetation-season volume of the training years
 * @param scaled      the inflow nodes scaled, upstream first as found
 */
public record ForecastHydrology(Hydrology hydrology, double factor, double forecastHm3, double meanHm3, int year,
        String quantile, Set<String> scaled, ForecastModel model) {

    public ForecastHydrology {
        scaled = Set.copyOf(scaled);
    }

    /**
     * @param base     the hydrology the forecast scales (the basin's normal year, say); empty: the nodes' own series
     * @param node     the basin node the gauge measures
     * @param quantile p05 … p95 of the forecast
     */
    public static ForecastHydrology of(Network network, Optional<Hydrology> base, MonthlyFlows flows, Season season,
            String node, String quantile) {
        int year = vegetationYear(season);
        VolumeForecast forecast = WinterFlowForecast.forecast(flows, year);
        Double forecastHm3 = forecast.quantilesHm3().get(quantile.toLowerCase(Locale.ROOT));
        if (forecastHm3 == null) {
            throw new IllegalArgumentException("forecast quantile '" + quantile + "' is not one of "
                    + String.join(", ", forecast.orderedQuantilesHm3().keySet()));
        }
        ForecastModel model = WinterFlowForecast.train(flows, year);
        double meanHm3 = model.samples().stream().mapToDouble(Sample::volumeHm3).average().orElseThrow();
        double factor = forecastHm3 / meanHm3;
        Set<String> upstream = inflowsUpstream(network, node);
        Map<String, Series> inflows = new HashMap<>(base.map(Hydrology::inflows).orElse(Map.of()));
        double[] vegetationOnly = {1, 1, 1, factor, factor, factor, factor, factor, factor, 1, 1, 1};
        for (Inflow inflow : network.nodesOf(Inflow.class)) {
            if (upstream.contains(inflow.id())) {
                inflows.put(inflow.id(), inflows.getOrDefault(inflow.id(), inflow.series()).scaledByMonth(vegetationOnly));
            }
        }
        String name = String.format(Locale.ROOT, "forecast %s of %s (x%.3f on Apr-Sep above %s)", quantile, flows.gauge(),
                factor, node);
        String description = String.format(Locale.ROOT, "%s: forecast %s %.0f hm3 over the %d-year mean %.0f hm3 of gauge %s",
                base.map(Hydrology::name).orElse("basin series"), quantile, forecastHm3, model.years(), meanHm3, flows.gauge());
        return new ForecastHydrology(new Hydrology(name, description, inflows), factor, forecastHm3, meanHm3, year,
                quantile, upstream, model);
    }

    /** The year whose April–September the season holds; a season without it has nothing to forecast. */
    static int vegetationYear(Season season) {
        LocalDate april = LocalDate.of(season.start().getYear(), 4, 1);
        if (april.isBefore(season.start())) {
            april = april.plusYears(1);
        }
        if (!april.plusMonths(6).minusDays(1).isBefore(season.endExclusive())) {
            throw new IllegalArgumentException("season " + season.label() + " does not hold a whole April-September, which "
                    + "is what a forecast is of; choose a vegetation season or a hydrological year");
        }
        return april.getYear();
    }

    /** The inflow nodes whose water reaches {@code node} (the node itself if it is one). */
    static Set<String> inflowsUpstream(Network network, String node) {
        Map<String, Node> nodes = network.byId();
        if (!nodes.containsKey(node)) {
            throw new IllegalArgumentException("--forecast-node: the basin has no node '" + node
                    + "'; name the basin node the forecast gauge measures");
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.add(node);
        while (!open.isEmpty()) {
            String id = open.poll();
            if (seen.add(id)) {
                network.linksTo(id).stream().map(Link::from).forEach(open::add);
            }
        }
        seen.removeIf(id -> !(nodes.get(id) instanceof Inflow));
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("--forecast-node: no inflow node lies upstream of '" + node + "'");
        }
        return seen;
    }
}
