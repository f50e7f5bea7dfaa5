package org.riparian.spark.ensemble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.analysis.ensemble.Quantiles;
import org.riparian.analysis.ensemble.ShortageTally;

/**
 * ensemble.json of a Spark run: the run, then per demand and country the reliability, resilience and vulnerability,
 * then the distributions of terminal inflow and energy, with the keys of {@code riparian ensemble}'s ensemble.json.
 */
record SparkEnsembleReport(Run run, List<ShortageRow> demands, List<ShortageRow> countries,
        List<DistributionRow> distributions) {

    static final String FILE = "ensemble.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** How the ensemble was run. */
    record Run(String basin, List<String> scenarios, String start, int years, String step, double siteCorrelation,
            String solver, int traces, long seed, int partitions, String master, double wallSeconds) {

        static Run of(EnsembleSpec spec, int traces, long seed, int partitions, String master, double wallSeconds) {
            return new Run(spec.basinFile(), spec.scenarios(), spec.start().toString(), spec.years(),
                    spec.step().name().toLowerCase(Locale.ROOT), spec.siteCorrelation(), spec.solver().name().toLowerCase(Locale.ROOT),
                    traces, seed, partitions, master, wallSeconds);
        }

        public double tracesPerSecond() {
            return traces / wallSeconds;
        }
    }

    /** Resilience is null when no shortage had a next step to end in: undefined, not perfect. */
    record ShortageRow(String name, double reliability, Double resilience, double meanShortageHm3, double worstShortageHm3,
            double meanShortagePercent, double worstShortagePercent, long shortSteps, long steps) {

        static ShortageRow of(String name, ShortageTally tally) {
            return new ShortageRow(name, tally.reliability(), tally.resilience(), tally.meanShortageHm3(),
                    tally.worstShortageHm3(), 100 * tally.meanShortageShare(), 100 * tally.worstShare(), tally.shortSteps(),
                    tally.steps());
        }
    }

    /** The distribution over traces of terminal_inflow_hm3 or energy_gwh, for one terminal, country or the total. */
    record DistributionRow(String figure, String of, Quantiles quantiles) {
    }

    static SparkEnsembleReport of(Run run, EnsembleResult result) {
        List<DistributionRow> distributions = new ArrayList<>();
        result.terminalInflowHm3().forEach((id, q) -> distributions.add(new DistributionRow("terminal_inflow_hm3", id, q)));
        result.energyGwh().forEach((country, q) -> distributions.add(new DistributionRow("energy_gwh", country, q)));
        return new SparkEnsembleReport(run, rows(result.demands()), rows(result.countries()), distributions);
    }

    private static List<ShortageRow> rows(Map<String, ShortageTally> tallies) {
        List<ShortageRow> rows = new ArrayList<>();
        tallies.forEach((name, tally) -> rows.add(ShortageRow.of(name, tally)));
        return rows;
    }

    /** Written beside the target and moved into place, so a failed run never leaves half a file. */
    static void write(Path directory, Run run, EnsembleResult result) {
        try {
            Path absolute = directory.toAbsolutePath();
            Files.createDirectories(absolute);
            Path staging = Files.createTempFile(absolute, ".riparian-", ".json");
            Files.writeString(staging, JSON.writeValueAsString(of(run, result)));
            Files.move(staging, absolute.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the ensemble as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ensemble to " + directory + ": " + e.getMessage(), e);
        }
    }
}
