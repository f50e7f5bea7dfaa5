package org.riparian.analysis.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.LevelStorageArea;
import org.riparian.model.network.Link;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Random river chains of two or three countries, each with a reservoir, a plant with a fixed head, fields and an
 * electricity demand whose value differs between winter and summer. Whatever the numbers, cooperation never lowers
 * the basin's total, the settlement leaves nobody below its go-alone benefit and pays out exactly what is owed, and
 * both regimes close their water balance.
 */
class ExchangeProperties {

    private static final String[] COUNTRIES = {"KGZ", "UZB", "KAZ"};
    private static final TimeAxis WINTER_TO_SUMMER = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1));
    private static final PlanningOptions OPTIONS = new PlanningOptions(SolverKind.CLP, EndStorage.FREE, 20, 1e-6, Set.of(), Map.of(), Map.of());

    @Property(tries = 12)
    void cooperationPaysAndTheSettlementLeavesNobodyWorseOff(@ForAll @IntRange(min = 2, max = 3) int countries,
            @ForAll long seed) {
        Random random = new Random(seed);
        Network network = chain(countries, random);
        Economy economy = economy(countries, random);
        ExchangeResult result = WaterEnergyExchange.compare(network, economy, WINTER_TO_SUMMER, OPTIONS);
        double aloneTotal = result.countries().values().stream().mapToDouble(c -> c.alone().totalMusd()).sum();
        double togetherTotal = result.countries().values().stream().mapToDouble(c -> c.together().totalMusd()).sum();
        double scale = Math.max(1, togetherTotal);
        assertThat(togetherTotal).isGreaterThanOrEqualTo(aloneTotal - 1e-4 * scale);
        result.countries().values().forEach(c -> assertThat(c.settledMusd()).as(c.country())
                .isGreaterThanOrEqualTo(c.alone().totalMusd() - 1e-9));
        assertThat(result.countries().values().stream().mapToDouble(ExchangeResult.CountryOutcome::transferMusd).sum())
                .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6 * scale));
        result.countries().values().stream().filter(c -> c.transferMusd() > 1e-6).forEach(receiver -> {
            double paid = result.energyTransfers().stream().filter(t -> t.to().equals(receiver.country()))
                    .mapToDouble(ExchangeResult.EnergyTransfer::valueMusd).sum()
                    + result.moneyTransfers().stream().filter(t -> t.to().equals(receiver.country()))
                    .mapToDouble(ExchangeResult.MoneyTransfer::musd).sum();
            assertThat(paid).isCloseTo(receiver.transferMusd(), org.assertj.core.data.Offset.offset(1e-6 * scale));
        });
        assertThat(result.alone().allocation().worstRelativeImbalance()).isLessThan(1e-6);
        assertThat(result.together().allocation().worstRelativeImbalance()).isLessThan(1e-6);
    }

    /** country i: inflow → reservoir → plant → junction → fields, and on to the next country's reservoir or the sea. */
    private static Network chain(int countries, Random random) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        nodes.add(new Terminal("sea", new Place(COUNTRIES[countries - 1], "chain"), Optional.empty(), Optional.empty()));
        for (int i = 0; i < countries; i++) {
            Place place = new Place(COUNTRIES[i], "chain");
            double full = 50 + random.nextDouble() * 500;
            nodes.add(new Inflow("inflow_" + i, place, seasonal(random, 5 + random.nextDouble() * 40)));
            nodes.add(new Reservoir("dam_" + i, place, Status.EXISTING, 0, full, full * random.nextDouble(),
                    LevelStorageArea.prism(100, 200, full, 0), MonthlyValues.zero(), Optional.empty(), Optional.empty()));
            nodes.add(new Hydropower("plant_" + i, place, Status.EXISTING, 500, 0.9, 1e4, Optional.empty(), Optional.empty(),
                    Optional.of(20 + random.nextDouble() * 180)));
            nodes.add(new Junction("below_" + i, place, true, Optional.empty()));
            nodes.add(new Demand("fields_" + i, place, DemandUse.IRRIGATION, seasonal(random, 5 + random.nextDouble() * 40), 2, 1,
                    Optional.empty(), 0));
            links.add(Link.of("inflow_" + i, "dam_" + i));
            links.add(Link.of("dam_" + i, "plant_" + i));
            links.add(Link.of("plant_" + i, "below_" + i));
            links.add(Link.of("below_" + i, "fields_" + i));
            links.add(Link.of("below_" + i, i + 1 < countries ? "dam_" + (i + 1) : "sea"));
        }
        return new Network(nodes, links, List.of());
    }

    /** Peaks in summer for fields, any shape for inflows: a random share of winter and summer. */
    private static MonthlyProfile seasonal(Random random, double meanM3s) {
        double[] flows = new double[12];
        double summer = random.nextDouble();
        for (int month = 0; month < 12; month++) {
            flows[month] = meanM3s * (month >= 3 && month <= 8 ? summer : 1 - summer) * 2;
        }
        return new MonthlyProfile(flows);
    }

    private static Economy economy(int countries, Random random) {
        Map<String, Double> waterValues = new HashMap<>();
        Map<String, CountryEnergy> energy = new HashMap<>();
        for (int i = 0; i < countries; i++) {
            waterValues.put("fields_" + i, 0.01 + random.nextDouble() * 0.09);
            double[] demand = new double[12];
            double[] value = new double[12];
            double winter = 10 + random.nextDouble() * 50;
            double summer = 5 + random.nextDouble() * 30;
            for (int month = 0; month < 12; month++) {
                demand[month] = 5 + random.nextDouble() * 100;
                value[month] = month >= 3 && month <= 8 ? summer : winter;
            }
            energy.put(COUNTRIES[i], new CountryEnergy(COUNTRIES[i], new MonthlyValues(demand), new MonthlyValues(value),
                    random.nextDouble() * 10));
        }
        return new Economy(waterValues, Optional.empty(), energy);
    }
}
