package org.riparian.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.riparian.analysis.ensemble.EnsembleResult;
import org.riparian.analysis.ensemble.Quantiles;
import org.riparian.analysis.ensemble.ShortageTally;
import org.riparian.model.network.Node;

/** What {@code riparian ensemble} reports and writes: the run, a row per demand and per country, the distributions. */
public record EnsembleReport(Map<String, Object> run, List<ShortageRow> demands, List<ShortageRow> countries,
        List<DistributionRow> distributions, Fans fans) {

    /** Step by step (each step's start date), the quantiles over traces of reservoir end storage and country shortage, hm³. */
    public record Fans(List<String> steps, Map<String, List<Quantiles>> storageHm3, Map<String, List<Quantiles>> shortageHm3) {
    }

    /** Reliability, resilience (null: no shortage had a next step to end in) and vulnerability of a demand or country. */
    public record ShortageRow(String name, String country, double reliability, Double resilience, double meanShortageHm3,
            double worstShortageHm3, double meanShortagePercent, double worstShortagePercent, long shortSteps, long steps) {

        public static ShortageRow of(String name, String country, ShortageTally tally) {
            return new ShortageRow(name, country, tally.reliability(), tally.resilience(), tally.meanShortageHm3(),
                    tally.worstShortageHm3(), 100 * tally.meanShortageShare(), 100 * tally.worstShare(), tally.shortSteps(),
                    tally.steps());
        }
    }

    /** The distribution over traces of one figure: terminal_inflow_hm3 or energy_gwh, for one terminal or country or the total. */
    public record DistributionRow(String figure, String of, Quantiles quantiles) {
    }

    public static EnsembleReport of(Map<String, Object> run, EnsembleResult result, Map<String, Node> nodes, List<String> steps) {
        List<ShortageRow> demands = new ArrayList<>();
        result.demands().forEach((id, tally) -> demands.add(ShortageRow.of(id, nodes.get(id).country(), tally)));
        List<ShortageRow> countries = new ArrayList<>();
        result.countries().forEach((country, tally) -> countries.add(ShortageRow.of(country, country, tally)));
        List<DistributionRow> distributions = new ArrayList<>();
        result.terminalInflowHm3().forEach((id, q) -> distributions.add(new DistributionRow("terminal_inflow_hm3", id, q)));
        result.energyGwh().forEach((country, q) -> distributions.add(new DistributionRow("energy_gwh", country, q)));
        return new EnsembleReport(run, demands, countries, distributions,
                new Fans(List.copyOf(steps), result.storageFanHm3(), result.shortageFanHm3()));
    }
}
