package org.riparian.analysis.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.analysis.exchange.ExchangeResult;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.network.Node;
import org.riparian.model.network.Reservoir;

/** What {@code riparian exchange} prints and writes: million US$, GWh, hm³. */
public record ExchangeReport(Map<String, Object> run, @JsonProperty("gain_musd") double gainMusd,
        @JsonProperty("sharing_rule") String sharingRule, List<CountryRow> countries,
        @JsonProperty("energy_transfers") List<ExchangeResult.EnergyTransfer> energyTransfers,
        @JsonProperty("money_transfers") List<ExchangeResult.MoneyTransfer> moneyTransfers, List<ReservoirRow> reservoirs) {

    /** Reservoirs from this live size on are compared season by season. */
    private static final double MAIN_RESERVOIR_HM3 = 1000;

    public record CountryRow(String country, @JsonProperty("irrigation_alone_musd") double irrigationAlone,
            @JsonProperty("energy_alone_musd") double energyAlone, @JsonProperty("total_alone_musd") double totalAlone,
            @JsonProperty("irrigation_together_musd") double irrigationTogether,
            @JsonProperty("energy_together_musd") double energyTogether, @JsonProperty("total_together_musd") double totalTogether,
            @JsonProperty("energy_produced_alone_gwh") double producedAlone,
            @JsonProperty("energy_produced_together_gwh") double producedTogether,
            @JsonProperty("energy_unserved_alone_gwh") double unservedAlone,
            @JsonProperty("energy_unserved_together_gwh") double unservedTogether,
            @JsonProperty("settled_musd") double settled, @JsonProperty("transfer_received_musd") double transfer,
            @JsonProperty("gain_after_settlement_musd") double netGain) {
    }

    /** Releases (release and spill) in winter (Oct–Mar) and summer (Apr–Sep) steps, hm³. */
    public record ReservoirRow(String reservoir, String country, @JsonProperty("winter_release_alone_hm3") double winterAlone,
            @JsonProperty("summer_release_alone_hm3") double summerAlone,
            @JsonProperty("winter_release_together_hm3") double winterTogether,
            @JsonProperty("summer_release_together_hm3") double summerTogether) {
    }

    public static ExchangeReport of(ExchangeResult result, PreparedRun run, String scope) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("basin", run.basin().name());
        metadata.put("scope", scope);
        metadata.put("season", run.season().label());
        metadata.put("hydrology", run.hydrology());
        metadata.put("scenarios", run.scenarios());
        metadata.put("owners_upstream_first", result.ownersUpstreamFirst());
        List<CountryRow> countries = new ArrayList<>();
        result.countries().values().forEach(c -> countries.add(new CountryRow(c.country(), c.alone().irrigationMusd(),
                c.alone().energyMusd(), c.alone().totalMusd(), c.together().irrigationMusd(), c.together().energyMusd(),
                c.together().totalMusd(), c.energyAloneGwh(), c.energyTogetherGwh(), c.unservedAloneGwh(),
                c.unservedTogetherGwh(), c.settledMusd(), c.transferMusd(), c.netGainMusd())));
        return new ExchangeReport(metadata, result.gainMusd(), result.sharingRule(), countries, result.energyTransfers(),
                result.moneyTransfers(), reservoirs(result));
    }

    private static List<ReservoirRow> reservoirs(ExchangeResult result) {
        List<ReservoirRow> rows = new ArrayList<>();
        SimulationResult alone = result.alone().allocation();
        SimulationResult together = result.together().allocation();
        List<Node> nodes = alone.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) instanceof Reservoir reservoir && reservoir.fullStorageHm3() - reservoir.deadStorageHm3() >= MAIN_RESERVOIR_HM3) {
                double[] a = seasonalRelease(alone, n);
                double[] t = seasonalRelease(together, n);
                rows.add(new ReservoirRow(reservoir.id(), reservoir.country(), a[0], a[1], t[0], t[1]));
            }
        }
        return rows;
    }

    private static double[] seasonalRelease(SimulationResult result, int node) {
        double[] winterSummer = new double[2];
        for (int t = 0; t < result.axis().size(); t++) {
            int month = result.axis().step(t).start().getMonthValue();
            int season = month >= 4 && month <= 9 ? 1 : 0;
            winterSummer[season] += result.releaseHm3()[t][node] + result.spillHm3()[t][node];
        }
        return winterSummer;
    }
}
