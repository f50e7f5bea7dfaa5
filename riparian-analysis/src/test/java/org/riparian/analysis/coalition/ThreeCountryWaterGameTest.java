package org.riparian.analysis.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.engine.simulation.Progress;
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
 * The two-country exchange case with a second downstream country. KGZ: 100 hm³ in store, 0.2725 GWh per hm³, power
 * worth 40 US$/MWh in March (0.0109 M US$ per hm³) and 10 in April (0.002725). UZB: fields needing 60 hm³ in April at
 * 0.05 US$/m³; below it KAZ: fields needing 60 hm³ in April at 0.03. Water reaching the border in April goes to UZB
 * first (worth more), the rest to KAZ.
 *
 * <p>v(KGZ) = 1.09: all released in March. v(UZB) = v(KAZ) = v(UZB+KAZ) = 0: they own no reservoir, KGZ keeps its
 * March release. v(KGZ+UZB): 60 hm³ in April for UZB (3.0 + 0.1635), 40 in March (0.436): 3.5995.
 * v(KGZ+KAZ): the coalition plans 60 hm³ in April for KAZ and 40 in March, but UZB takes the April water on its way,
 * leaving KGZ's energy 0.436 + 0.1635 = 0.5995 &lt; v(KGZ): a superadditivity shortfall of 0.4905, which is reported.
 * v(all): 100 hm³ in April, 60 to UZB, 40 to KAZ: 0.2725 + 3.0 + 1.2 = 4.4725.
 *
 * <p>Shapley (weights 1/3, 1/6, 1/6, 1/3): KGZ 1.09/3 + 3.5995/6 + 0.5995/6 + 4.4725/3 = 2.554;
 * UZB (3.5995 − 1.09)/6 + (4.4725 − 0.5995)/3 = 1.70925; KAZ (0.5995 − 1.09)/6 + (4.4725 − 3.5995)/3 = 0.20925.
 *
 * <p>Nucleolus: e(KAZ) = −x_KAZ and e(KGZ+UZB) = x_KAZ − 0.873 settle first at −0.4365 (x_KAZ = 0.4365); then
 * e(KGZ) = 1.09 − x_KGZ and e(UZB) = x_KGZ − 4.036 meet at x_KGZ = 2.563: (2.563, 1.473, 0.4365).
 */
class ThreeCountryWaterGameTest {

    private static final org.assertj.core.data.Offset<Double> MUSD = within(1e-4);
    private static final Place KGZ = new Place("KGZ", "syr");
    private static final Place UZB = new Place("UZB", "syr");
    private static final Place KAZ = new Place("KAZ", "syr");
    private static final TimeAxis MARCH_APRIL = TimeAxis.of(StepKind.MONTH, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 1));
    private static final PlanningOptions OPTIONS = new PlanningOptions(SolverKind.GLOP, EndStorage.FREE, 20, 1e-6, Set.of(), Map.of(),
            Map.of());

    private static WaterGameResult water;
    private static FairShares shares;

    @BeforeAll
    static void playTheGame() {
        water = WaterGame.compute(network(), economy(), MARCH_APRIL, OPTIONS, List.of("KGZ", "UZB", "KAZ"), 2, Progress.NONE);
        shares = FairShares.of(water.game(), water.cooperativeMusd(), water.waterUseHm3(), Optional.empty(), SolverKind.GLOP);
    }

    private static Network network() {
        return new Network(List.of(
                new Inflow("naryn", KGZ, MonthlyProfile.constant(0)),
                new Reservoir("toktogul", KGZ, Status.EXISTING, 0, 100, 100, LevelStorageArea.prism(800, 900, 100, 0),
                        MonthlyValues.zero(), Optional.empty(), Optional.empty()),
                new Hydropower("toktogul_hpp", KGZ, Status.EXISTING, 1e4, 1.0, 1e6, Optional.empty(), Optional.empty(), Optional.of(100.0)),
                new Junction("uzb_border", UZB, true, Optional.empty()),
                aprilFields("uzb_fields", UZB),
                new Junction("kaz_border", KAZ, true, Optional.empty()),
                aprilFields("kaz_fields", KAZ),
                new Terminal("sea", KAZ, Optional.empty(), Optional.empty())),
                List.of(Link.of("naryn", "toktogul"), Link.of("toktogul", "toktogul_hpp"), Link.of("toktogul_hpp", "uzb_border"),
                        Link.of("uzb_border", "uzb_fields"), Link.of("uzb_border", "kaz_border"),
                        Link.of("kaz_border", "kaz_fields"), Link.of("kaz_border", "sea")),
                List.of());
    }

    private static Demand aprilFields(String id, Place place) {
        double[] april = new double[12];
        april[3] = 60e6 / (30 * 86_400.0);
        return new Demand(id, place, DemandUse.IRRIGATION, new MonthlyProfile(april), 2, 1, Optional.empty(), 0);
    }

    private static Economy economy() {
        double[] demand = new double[12];
        Arrays.fill(demand, 1000);
        double[] value = new double[12];
        Arrays.fill(value, 10);
        value[2] = 40;
        return new Economy(Map.of("uzb_fields", 0.05, "kaz_fields", 0.03), Optional.empty(),
                Map.of("KGZ", new CountryEnergy("KGZ", new MonthlyValues(demand), new MonthlyValues(value), 0)));
    }

    @Test
    void coalitionValuesAreTheHandSolvedOnes() {
        Game game = water.game();
        assertThat(game.value(game.coalition(List.of("KGZ")))).isCloseTo(1.09, MUSD);
        assertThat(game.value(game.coalition(List.of("UZB")))).isCloseTo(0, MUSD);
        assertThat(game.value(game.coalition(List.of("KAZ")))).isCloseTo(0, MUSD);
        assertThat(game.value(game.coalition(List.of("UZB", "KAZ")))).isCloseTo(0, MUSD);
        assertThat(game.value(game.coalition(List.of("KGZ", "UZB")))).isCloseTo(3.5995, MUSD);
        assertThat(game.value(game.coalition(List.of("KGZ", "KAZ")))).isCloseTo(0.5995, MUSD);
        assertThat(game.grandValue()).isCloseTo(4.4725, MUSD);
        assertThat(water.goAloneMusd()).containsOnlyKeys("KGZ", "UZB", "KAZ");
        assertThat(water.goAloneMusd().get("KGZ")).isCloseTo(1.09, MUSD);
        assertThat(water.waterUseHm3().get("UZB")).isCloseTo(60, within(1e-3));
        assertThat(water.waterUseHm3().get("KAZ")).isCloseTo(40, within(1e-3));
    }

    @Test
    void theMergerThatLosesWaterToAMiddleCountryIsReported() {
        assertThat(shares.superadditivityViolations()).hasSize(1);
        Game.Shortfall shortfall = shares.superadditivityViolations().get(0);
        assertThat(water.game().members(shortfall.first() | shortfall.second())).containsExactlyInAnyOrder("KGZ", "KAZ");
        assertThat(shortfall.shortfall()).isCloseTo(0.4905, MUSD);
    }

    @Test
    void shapleyAndNucleolusAreTheHandSolvedOnesAndInTheCore() {
        assertThat(shares.shapley()).containsExactly(new double[] {2.554, 1.70925, 0.20925}, MUSD);
        assertThat(shares.nucleolus().shares()).containsExactly(new double[] {2.563, 1.473, 0.4365}, MUSD);
        assertThat(shares.coreNonEmpty()).isTrue();
        assertThat(shares.rule(FairShares.SHAPLEY).core().inCore()).isTrue();
        assertThat(shares.rule(FairShares.NUCLEOLUS).core().inCore()).isTrue();
    }

    /** Cooperative outcome: KGZ 0.2725, UZB 3.0, KAZ 1.2; the Shapley split moves 2.2815 to KGZ. */
    @Test
    void transfersTurnTheJointPlanIntoTheSplit() {
        FairShares.Rule shapley = shares.rule(FairShares.SHAPLEY);
        assertThat(shapley.transferReceivedMusd()).containsExactly(new double[] {2.2815, -1.29075, -0.99075}, MUSD);
        double paidToKgz = shapley.payments().stream().filter(p -> p.to().equals("KGZ")).mapToDouble(FairShares.Payment::musd).sum();
        assertThat(paidToKgz).isCloseTo(2.2815, MUSD);
    }

    /** By water use KGZ, which uses none, gets nothing: it would rather go alone, by 1.09. */
    @Test
    void aSplitByWaterUseIsBlockedByTheUpstreamCountry() {
        FairShares.Rule byWater = shares.rule(FairShares.WATER_USE);
        assertThat(byWater.core().inCore()).isFalse();
        assertThat(water.game().members(byWater.core().blockingCoalition())).containsExactly("KGZ");
        assertThat(byWater.core().blockingExcess()).isCloseTo(1.09, MUSD);
    }

    @Test
    void aPlayerThatIsNotACountryOfTheBasinIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WaterGame.compute(network(), economy(), MARCH_APRIL, OPTIONS,
                List.of("KGZ", "TJK"), 1, Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TJK");
    }
}
