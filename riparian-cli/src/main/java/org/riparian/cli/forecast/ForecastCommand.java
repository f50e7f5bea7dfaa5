package org.riparian.cli.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.forecast.ForecastModel;
import org.riparian.analysis.forecast.MonthlyFlows;
import org.riparian.analysis.forecast.VolumeForecast;
import org.riparian.analysis.forecast.WinterFlowForecast;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;
import org.riparian.cli.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian forecast}: the vegetation-season volume of a gauge forecast from its October–March flow. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast a gauge's April-September volume from its October-March volume by a regression on every "
                + "other complete year of its monthly record, with leave-one-out cross-validated skill and quantiles.")
public final class ForecastCommand implements Callable<Integer> {

    @Option(names = "--series", paramLabel = "FILE", required = true,
            description = "Monthly flows (CSV: year, month, flow_m3s or q_m3s, and a gauge, grdc_no, station_code or station column).")
    Path series;

    @Option(names = "--gauge", paramLabel = "GAUGE", required = true, description = "The gauge's id or name as in the file.")
    String gauge;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The vegetation season to forecast.")
    int year;

    @Mixin
    ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write forecast.json here.")
    Optional<Path> out = Optional.empty();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = format.json();
        if (!Files.isRegularFile(series)) {
            throw new IllegalArgumentException("series file " + series + " does not exist or is not a file");
        }
        MonthlyFlows flows = GaugeCsv.read(series, gauge);
        ForecastModel model = WinterFlowForecast.train(flows, year);
        VolumeForecast forecast = WinterFlowForecast.forecast(flows, year);
        Map<String, Object> report = report(flows, model, forecast);
        String text = JsonText.of(report, "the forecast");
        out.ifPresent(directory -> OutputFolder.writeAll(directory, Map.of("forecast.json", text), "the forecast"));
        if (json) {
            spec.commandLine().getOut().println(text);
        } else {
            print(report, forecast);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Map<String, Object> report(MonthlyFlows flows, ForecastModel model, VolumeForecast forecast) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("gauge", gauge);
        report.put("year", year);
        report.put("predictors", model.predictors());
        report.put("predictor_values", flows.winterVolumeHm3(year).map(List::of).orElseThrow());
        report.put("coefficients", model.coefficients());
        report.put("training_years", model.years());
        report.put("fitted_r2", model.fittedR2());
        report.put("cross_validated_r2", model.crossValidatedR2());
        report.put("cross_validated_rmse_hm3", model.crossValidatedRmseHm3());
        report.put("expected_hm3", forecast.expectedHm3());
        report.put("sd_hm3", forecast.sdHm3());
        report.put("quantiles_hm3", forecast.orderedQuantilesHm3());
        flows.vegetationVolumeHm3(year).ifPresent(observed -> report.put("observed_hm3", observed));
        return report;
    }

    private void print(Map<String, Object> report, VolumeForecast forecast) {
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Vegetation-season (Apr-Sep) volume forecast, gauge %s, %d%n", gauge, year);
        out.printf(Locale.ROOT, "predictor: Oct %d-Mar %d volume %.0f hm3; %s training years%n", year - 1, year,
                ((List<?>) report.get("predictor_values")).get(0), report.get("training_years"));
        out.printf(Locale.ROOT, "skill: R2 fitted %.2f, leave-one-out R2 %.2f, RMSE %.0f hm3%n", report.get("fitted_r2"),
                report.get("cross_validated_r2"), report.get("cross_validated_rmse_hm3"));
        if ((double) report.get("cross_validated_r2") <= 0) {
            out.println("warning: no cross-validated skill; the forecast is no better than the mean of past seasons");
        }
        out.printf(Locale.ROOT, "expected %.0f hm3 (sd %.0f)%n", forecast.expectedHm3(), forecast.sdHm3());
        forecast.orderedQuantilesHm3().forEach((name, value) -> out.printf(Locale.ROOT, "  %s %10.0f hm3%n", name, value));
        if (report.containsKey("observed_hm3")) {
            out.printf(Locale.ROOT, "observed %.0f hm3 (this year was left out of the training)%n", report.get("observed_hm3"));
        }
    }
}
