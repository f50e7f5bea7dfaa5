package org.riparian.analysis.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * The Syr Darya conflict in miniature. Upstream (KGZ): 100 hm³ stored, a plant with a fixed 100 m head and
 * efficiency 1, so 0.2725 GWh per hm³; electricity worth 40 US$/MWh in March, 10 in April. Downstream (UZB): fields
 * that need 100 hm³ in April, worth 0.05 US$/m³.
 *
 * <p>Alone, KGZ releases all in March: 27.25 GWh × 40 = 1.09 M US$; the water passes the dry fields. UZB: 0.
 * Together, the release waits for April: 27.25 GWh × 10 = 0.2725 plus 100 hm³ × 0.05 = 5.0, total 5.2725.
 * Gain 5.2725 − 1.09 = 4.1825, split equally: KGZ is owed 1.09 + 2.09125 = 3.18125, UZB 0 + 2.09125. KGZ gets
 * 0.2725 under the plan, so UZB pays it 2.90875 M US$, in March electricity at KGZ's 40 US$/MWh: 72.71875 GWh.
 */
class TwoCountryExchangeTest {

    /** Owner paths are held to within 1e-6 of live storage (1e-4 hm³ here, worth 5e-6 M US$ downstream). */
    private static final org.assertj.core.data.Offset<Double> MUSD = within(1e-4);

    private static final Place KGZ = new Place("KGZ", "syr");
    private static final Place UZB = new Place("UZB", "syr");
    private static final TimeAxis MARCH_APRIL = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 1));
    private static final PlanningOptions OPTIONS = new PlanningOptions(SolverKind.GLOP, EndStorage.FREE, 20, 1e-6,
            java.util.Set.of(), Map.of(), Map.of());

    private static Network network() {
        double[] aprilOnly = new double[12];
        aprilOnly[3] = 100e6 / (30 * 86_400.0);
        return new Network(List.of(
                new Inflow("naryn", KGZ, MonthlyProfile.constant(0)),
                new Reservoir("toktogul", KGZ, Status.EXISTING, 0, 100, 100, LevelStorageArea.prism(800, 900, 100, 0),
                        MonthlyValues.zero(), Optional.empty(), Optional.empty()),
                new Hydropower("toktogul_hpp", KGZ, Status.EXISTING, 1e4, 1.0, 1e6, Optional.empty(), Optional.empty(), Optional.of(100.0)),
                new Junction("border", UZB, true, Optional.empty()),
                new Demand("fields", UZB, DemandUse.IRRIGATION, new MonthlyProfile(aprilOnly), 2, 1, Optional.empty(), 0),
                new Terminal("sea", UZB, Optional.empty(), Optional.empty())),
                List.of(Link.of("naryn", "toktogul"), Link.of("toktogul", "toktogul_hpp"), Link.of("toktogul_hpp", "border"),
                        Link.of("border", "fields"), Link.of("border", "sea")),
                List.of());
    }

    private static Economy economy() {
        double[] demand = new double[12];
        Arrays.fill(demand, 1000);
        double[] value = new double[12];
        Arrays.fill(value, 10);
        value[2] = 40;
        return new Economy(Map.of("fields", 0.05), Optional.empty(),
                Map.of("KGZ", new CountryEnergy("KGZ", new MonthlyValues(demand), new MonthlyValues(value), 0)));
    }

    @Test
    void upstreamReleasesForWinterEnergyAloneAndForDownstreamFieldsTogether() {
        ExchangeResult result = WaterEnergyExchange.compare(network(), economy(), MARCH_APRIL, OPTIONS);
        ExchangeResult.CountryOutcome kgz = result.countries().get("KGZ");
        ExchangeResult.CountryOutcome uzb = result.countries().get("UZB");
        assertThat(result.ownersUpstreamFirst()).containsExactly("KGZ");
        assertThat(kgz.alone().totalMusd()).isCloseTo(1.09, MUSD);
        assertThat(uzb.alone().totalMusd()).isCloseTo(0, MUSD);
        assertThat(kgz.together().totalMusd()).isCloseTo(0.2725, MUSD);
        assertThat(uzb.together().totalMusd()).isCloseTo(5.0, MUSD);
        assertThat(result.gainMusd()).isCloseTo(4.1825, MUSD);
        assertThat(kgz.settledMusd()).isCloseTo(3.18125, MUSD);
        assertThat(kgz.transferMusd()).isCloseTo(2.90875, MUSD);
        assertThat(uzb.transferMusd()).isCloseTo(-2.90875, MUSD);
    }

    @Test
    void theSettlementIsPaidInMarchElectricityFromDownstream() {
        ExchangeResult result = WaterEnergyExchange.compare(network(), economy(), MARCH_APRIL, OPTIONS);
        assertThat(result.energyTransfers()).hasSize(1);
        ExchangeResult.EnergyTransfer transfer = result.energyTransfers().get(0);
        assertThat(transfer.month()).isEqualTo("2027-03");
        assertThat(transfer.from()).isEqualTo("UZB");
        assertThat(transfer.to()).isEqualTo("KGZ");
        assertThat(transfer.gwh()).isCloseTo(72.71875, within(1e-3));
        assertThat(result.moneyTransfers()).isEmpty();
        result.countries().values().forEach(country -> assertThat(country.netGainMusd()).isGreaterThanOrEqualTo(-1e-9));
    }
}
