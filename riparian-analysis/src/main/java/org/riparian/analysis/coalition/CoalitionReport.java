package org.riparian.analysis.coalition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riparian.analysis.coalition.FairShares;
import org.riparian.analysis.coalition.Game;
import org.riparian.analysis.coalition.WaterGameResult;
import org.riparian.analysis.run.PreparedRun;

/** What {@code riparian shapley} prints and writes, million US$ (water use hm³). */
public record CoalitionReport(Map<String, Object> run, List<CoalitionRow> coalitions, List<CountryRow> countries,
        @JsonProperty("core_non_empty") boolean coreNonEmpty, @JsonProperty("least_core_epsilon_musd") double leastCoreEpsilon,
        @JsonProperty("nucleolus_over_imputations") boolean nucleolusOverImputations, List<RuleRow> rules,
        @JsonProperty("superadditivity_shortfalls") List<ShortfallRow> shortfalls, List<HydrologyRow> robustness) {

    public record CoalitionRow(List<String> members, @JsonProperty("value_musd") double valueMusd) {
    }

    /** A country: alone in the go-alone regime, its own coalition's value, the joint plan, and the two solutions. */
    public record CountryRow(String country, @JsonProperty("go_alone_musd") double goAlone, @JsonProperty("singleton_value_musd") double singleton,
            @JsonProperty("cooperative_musd") double cooperative, @JsonProperty("water_use_hm3") double waterUse,
            @JsonProperty("shapley_musd") double shapley, @JsonProperty("nucleolus_musd") double nucleolus) {
    }

    public record RuleRow(String rule, Map<String, Double> split, boolean efficient, @JsonProperty("in_core") boolean inCore,
            @JsonProperty("blocking_coalition") List<String> blockingCoalition,
            @JsonProperty("blocking_excess_musd") double blockingExcess,
            @JsonProperty("transfer_received_musd") Map<String, Double> transferReceived, List<FairShares.Payment> payments) {
    }

    public record ShortfallRow(List<String> first, List<String> second, @JsonProperty("shortfall_musd") double shortfall) {
    }

    /** One hydrology of a robustness run: the grand coalition's value and each country's Shapley and nucleolus share. */
    public record HydrologyRow(String hydrology, @JsonProperty("grand_value_musd") double grandValue,
            @JsonProperty("core_non_empty") boolean coreNonEmpty, Map<String, Double> shapley, Map<String, Double> nucleolus) {

        public static HydrologyRow of(String hydrology, WaterGameResult water, FairShares shares) {
            Game game = water.game();
            return new HydrologyRow(hydrology, game.grandValue(), shares.coreNonEmpty(), byPlayer(game, shares.shapley()),
                    byPlayer(game, shares.nucleolus().shares()));
        }
    }

    public static CoalitionReport of(PreparedRun run, WaterGameResult water, FairShares shares, int threads,
            List<HydrologyRow> robustness) {
        Game game = water.game();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("basin", run.basin().name());
        metadata.put("season", run.season().label());
        metadata.put("hydrology", run.hydrology());
        metadata.put("scenarios", run.scenarios());
        metadata.put("players", game.players());
        metadata.put("owners_upstream_first", water.ownersUpstreamFirst());
        metadata.put("engine_runs", water.engineRuns());
        metadata.put("threads", threads);
        metadata.put("wall_seconds", water.wallNanos() / 1e9);
        List<CoalitionRow> coalitions = new ArrayList<>();
        for (int coalition = 1; coalition <= game.grand(); coalition++) {
            coalitions.add(new CoalitionRow(game.members(coalition), game.value(coalition)));
        }
        List<CountryRow> countries = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            String country = game.players().get(i);
            countries.add(new CountryRow(country, water.goAloneMusd().get(country), game.value(Game.singleton(i)),
                    water.cooperativeMusd().get(country), water.waterUseHm3().get(country), shares.shapley()[i],
                    shares.nucleolus().shares()[i]));
        }
        List<RuleRow> rules = shares.rules().stream().map(rule -> new RuleRow(rule.name(), byPlayer(game, rule.split()),
                rule.core().efficient(), rule.core().inCore(), game.members(rule.core().blockingCoalition()),
                rule.core().blockingExcess(), byPlayer(game, rule.transferReceivedMusd()), rule.payments())).toList();
        List<ShortfallRow> shortfalls = shares.superadditivityViolations().stream()
                .map(s -> new ShortfallRow(game.members(s.first()), game.members(s.second()), s.shortfall())).toList();
        return new CoalitionReport(metadata, coalitions, countries, shares.coreNonEmpty(), shares.leastCore().epsilon(),
                shares.nucleolus().overImputations(), rules, shortfalls, robustness);
    }

    private static Map<String, Double> byPlayer(Game game, double[] values) {
        Map<String, Double> byPlayer = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byPlayer.put(game.players().get(i), values[i]);
        }
        return byPlayer;
    }
}
