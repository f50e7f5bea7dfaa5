package org.riparian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.riparian.analysis.forecast.ForecastHydrology;
import org.riparian.analysis.forecast.MonthlyFlows;
import org.riparian.cli.forecast.GaugeCsv;
import org.riparian.model.basin.Hydrology;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import picocli.CommandLine.Option;

/** The options of {@code --hydrology forecast}: which gauge record forecasts the season, for which basin node, which quantile. */
public final class ForecastChoice {

    @Option(names = "--forecast-series", paramLabel = "FILE",
            description = "With --hydrology forecast: the gauge's monthly flows (CSV as for riparian forecast).")
    Optional<Path> series = Optional.empty();

    @Option(names = "--forecast-gauge", paramLabel = "GAUGE", description = "With --hydrology forecast: the gauge's id in that file.")
    Optional<String> gauge = Optional.empty();

    @Option(names = "--forecast-node", paramLabel = "NODE",
            description = "With --hydrology forecast: the basin node the gauge measures (default: the gauge's id); the inflows upstream of it are scaled.")
    Optional<String> node = Optional.empty();

    @Option(names = "--forecast-quantile", paramLabel = "Q", defaultValue = "p50",
            description = "With --hydrology forecast: p05, p10, p25, p50, p75, p90 or p95 of the forecast volume (default: ${DEFAULT-VALUE}).")
    String quantile;

    /** The forecast-driven hydrology over {@code base}; warns on standard error when the forecast has no skill. */
    ForecastHydrology hydrology(Network network, Optional<Hydrology> base, Season season) {
        Path file = series.orElseThrow(() -> new IllegalArgumentException(
                "--hydrology forecast needs --forecast-series FILE (the gauge's monthly flows) and --forecast-gauge GAUGE"));
        String gaugeId = gauge.orElseThrow(() -> new IllegalArgumentException("--hydrology forecast needs --forecast-gauge GAUGE"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--forecast-series: " + file + " does not exist or is not a file");
        }
        MonthlyFlows flows = GaugeCsv.read(file, gaugeId);
        ForecastHydrology forecast = ForecastHydrology.of(network, base, flows, season, node.orElse(gaugeId), quantile);
        if (forecast.model().crossValidatedR2() <= 0) {
            System.err.printf(Locale.ROOT, "warning: the forecast at %s has no cross-validated skill (leave-one-out R2 %.2f); "
                    + "it is no better than the mean of past seasons%n", gaugeId, forecast.model().crossValidatedR2());
        }
        return forecast;
    }
}
