package org.riparian.analysis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.riparian.model.series.Volumes;

/** The hand-built July of {@link HandBuiltSeason}: statuses, sums and the attribution worked out there and below. */
class HandBuiltSeasonTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate D1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 7, 11);


    @Test
    void decadeStatusesFollowTheAgreementsAndTheirTolerances() {
        ComplianceReport report = july();
        // border decade 1: 110 >= 100 met; decade 2: 90 < 95 (100 less 5%) breached; decade 3: nothing observed
        assertThat(statuses(report, "to_uzb")).containsExactly(Status.MET, Status.BREACHED, Status.NO_DATA);
        // the sea gets what passes border: 110 and 90 against 80
        assertThat(statuses(report, "to_sea")).containsExactly(Status.MET, Status.MET, Status.NO_DATA);
        // ditch: 9 <= 10 met; 24 > 11 (10 plus 10%) breached
        assertThat(statuses(report, "uzb_limit")).containsExactly(Status.MET, Status.BREACHED, Status.NO_DATA);
        // the target of 07-15 falls in decade 2 only: 470 < 480 but >= 456 (480 less 5%)
        assertThat(statuses(report, "dam_fill")).containsExactly(Status.WITHIN_TOLERANCE);
        // releases 100 >= 100 met; 92 < 100 but >= 90 within tolerance
        assertThat(statuses(report, "dam_release")).containsExactly(Status.MET, Status.WITHIN_TOLERANCE, Status.NO_DATA);
    }

    @Test
    void deviationsAreAbsoluteAndPercentAgainstAgreementAndPlan() {
        DecadeLine second = track(july(), "to_uzb").decade("2026-07-2").orElseThrow();
        assertThat(second.againstAgreedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-10.0, EXACT));     // 90 - 100
        assertThat(second.againstAgreedPercent()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-10.0, EXACT)); // -10 / 100
        assertThat(second.againstPlanHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-20.0, EXACT));       // 90 - 110
        assertThat(second.againstPlanPercent()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-100.0 * 20 / 110, EXACT));
    }

    @Test
    void cumulativeSumsLeaveTheMissingDecadeOutOfEverySum() {
        ComplianceReport report = july();
        // border: agreed 100 + 100, planned 110 + 110, observed 110 + 90 = 200 >= 200: met to date despite decade 2
        Cumulative border = track(report, "to_uzb").cumulative().orElseThrow();
        assertThat(border.agreedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(200.0, EXACT));
        assertThat(border.plannedHm3()).isCloseTo(220.0, EXACT);
        assertThat(border.observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(200.0, EXACT));
        assertThat(border.decadesCompared()).isEqualTo(2);
        assertThat(border.decadesMissing()).isEqualTo(1);
        assertThat(border.status()).contains(Status.MET);
        // ditch: 9 + 24 = 33 against 10 + 10 = 20 (22 with tolerance): breached
        Cumulative ditch = track(report, "uzb_limit").cumulative().orElseThrow();
        assertThat(ditch.observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(33.0, EXACT));
        assertThat(ditch.status()).contains(Status.BREACHED);
        // season total 30: 33 > 31.5 (30 plus 5%) breached, although no decade has a limit of its own
        Cumulative total = track(report, "uzb_total").cumulative().orElseThrow();
        assertThat(total.agreedHm3()).contains(30.0);
        assertThat(total.status()).contains(Status.BREACHED);
        assertThat(track(report, "uzb_total").decades()).allSatisfy(line -> assertThat(line.status()).isEmpty());
        assertThat(track(report, "dam_fill").cumulative()).isEmpty();
    }

    @Test
    void withNothingObservedEverySumIsMissingRatherThanZero() {
        Track border = track(Compliance.of("july", HandBuiltSeason.plan(), new Observed(), D2), "to_uzb");
        Cumulative cumulative = border.cumulative().orElseThrow();
        assertThat(cumulative.observedHm3()).isEmpty();
        assertThat(cumulative.agreedHm3()).isEmpty();
        assertThat(cumulative.status()).contains(Status.NO_DATA);
        assertThat(cumulative.decadesMissing()).isEqualTo(2);
        assertThat(border.decades()).allSatisfy(line -> assertThat(line.againstAgreedPercent()).isEmpty());
    }

    @Test
    void theShortfallAtBorderIsTracedToTheDamTheLateralInflowAndTheDitch() {
        Attribution attribution = track(july(), "to_uzb").attributions().get(0);
        // agreed 100, observed 90: short by 10; the plan had 110, 10 to spare (planned shortfall -10)
        assertThat(attribution.decade()).isEqualTo("2026-07-2");
        assertThat(attribution.shortfallHm3()).isCloseTo(10.0, EXACT);
        assertThat(attribution.plannedShortfallHm3()).isCloseTo(-10.0, EXACT);
        // planned - observed = 20 = dam 100 - 92 + lateral 30 - 27 + ditch 24 - 20 + 5 not explained by the stations
        assertThat(attribution.parts()).extracting(Attribution.Part::cause, Attribution.Part::node)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Attribution.Cause.RELEASE_BELOW_PLAN, "dam"),
                        org.assertj.core.groups.Tuple.tuple(Attribution.Cause.NATURAL_INFLOW_BELOW_PLAN, "lateral"),
                        org.assertj.core.groups.Tuple.tuple(Attribution.Cause.WITHDRAWAL_ABOVE_PLAN, "ditch"));
        assertThat(part(attribution, "dam")).isCloseTo(8.0, EXACT);
        assertThat(part(attribution, "lateral")).isCloseTo(3.0, EXACT);
        assertThat(part(attribution, "ditch")).isCloseTo(4.0, EXACT);
        assertThat(attribution.unexplainedHm3()).isCloseTo(5.0, EXACT);
        assertThat(attribution.unobserved()).isEmpty();
        double parts = attribution.parts().stream().mapToDouble(Attribution.Part::hm3).sum();
        assertThat(attribution.plannedShortfallHm3() + parts + attribution.unexplainedHm3()).isCloseTo(attribution.shortfallHm3(), EXACT);
    }

    @Test
    void stationsAreFollowedAgainstThePlanAndTheReportNamesSyntheticData() {
        ComplianceReport report = july();
        Track ditch = report.canals().get(0);
        assertThat(ditch.id()).isEqualTo("ditch");
        assertThat(ditch.decades()).extracting(DecadeLine::plannedHm3).containsExactly(20.0, 20.0, 22.0);
        assertThat(ditch.decades().get(2).observedHm3()).isEmpty();
        assertThat(ditch.agreed()).isFalse();
        assertThat(report.reservoirs()).extracting(Track::kind).containsExactly("reservoir-volume", "reservoir-release");
        assertThat(report.reservoirs().get(0).decades().get(1).plannedHm3()).isCloseTo(485.0, EXACT);
        assertThat(report.breaches()).extracting(b -> b.agreement().id() + " " + b.line().decade())
                .containsExactly("to_uzb 2026-07-2", "uzb_limit 2026-07-2");
        assertThat(report.synthetic()).isFalse();
        assertThat(Compliance.of("july", HandBuiltSeason.plan(), observations().synthetic(), D2).synthetic()).isTrue();
    }

    @Test
    void throughAnEarlierDecadeStopsThereAndADecadeOutsideTheSeasonIsRefused() {
        ComplianceReport first = Compliance.of("july", HandBuiltSeason.plan(), observations(), D1);
        assertThat(first.throughDecade()).isEqualTo("2026-07-1");
        assertThat(track(first, "to_uzb").decades()).hasSize(1);
        assertThatThrownBy(() -> Compliance.of("july", HandBuiltSeason.plan(), observations(), LocalDate.of(2026, 8, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decade 2026-08-1 is outside the season july (2026-07-01 to 2026-07-31)");
    }

    @Test
    void anEnergyDeliveryIsHeldMonthToDateOnTheDaysCounted() {
        // KGZ counted 10 GWh a day on July 1-10 and 9 GWh a day on 11-20 but for the 15th: 100 + 81 = 181 GWh over 19 days
        Observed observed = observations().energy("meter", D1, 10, 10).energy("meter", D2, 4, 9).energy("meter", D2.plusDays(5), 5, 9);
        // through decade 1: 10 of 31 days, agreed 310 x 10/31 = 100, counted 100: met
        EnergyTrack first = energy(Compliance.of("july", HandBuiltSeason.plan(), observed, D1), "power_to_uzb");
        MonthLine july1 = first.month("2026-07").orElseThrow();
        assertThat(july1.daysToDate()).isEqualTo(10);
        assertThat(july1.agreedGwh()).hasValueSatisfying(v -> assertThat(v).isCloseTo(100.0, EXACT));
        assertThat(july1.observedGwh()).hasValueSatisfying(v -> assertThat(v).isCloseTo(100.0, EXACT));
        assertThat(july1.status()).contains(Status.MET);
        // through decade 2: 20 days, agreed 200; 181 over 19 days is 9.526 a day, 190.53 over 20: short by 9.47 GWh,
        // 4.7% of 200, within the 5% tolerance
        ComplianceReport second = Compliance.of("july", HandBuiltSeason.plan(), observed, D2);
        MonthLine july2 = energy(second, "power_to_uzb").month("2026-07").orElseThrow();
        assertThat(july2.agreedGwh()).hasValueSatisfying(v -> assertThat(v).isCloseTo(200.0, EXACT));
        assertThat(july2.observedGwh()).hasValueSatisfying(v -> assertThat(v).isCloseTo(181.0 / 19 * 20, EXACT));
        assertThat(july2.daysObserved()).isEqualTo(19.0);
        assertThat(july2.againstAgreedGwh()).hasValueSatisfying(v -> assertThat(v).isCloseTo(181.0 / 19 * 20 - 200, EXACT));
        assertThat(july2.status()).contains(Status.WITHIN_TOLERANCE);
        assertThat(energy(second, "power_to_uzb").toDate().status()).isEqualTo(Status.WITHIN_TOLERANCE);
        assertThat(second.energyBreaches()).isEmpty();
    }

    @Test
    void anEnergyDeliveryNeverCountedIsNoDataAndTooLittleIsABreach() {
        Observed observed = observations().energy("meter", D1, 10, 8);
        ComplianceReport report = Compliance.of("july", HandBuiltSeason.plan(), observed, D1);
        // UZB's 31 GWh to KGZ: nothing counted, so no data, and nothing summed as zero
        EnergyTrack toKgz = energy(report, "power_to_kgz");
        assertThat(toKgz.measuredAt()).isEqualTo("energy_uzb_kgz");
        assertThat(toKgz.month("2026-07").orElseThrow().observedGwh()).isEmpty();
        assertThat(toKgz.month("2026-07").orElseThrow().status()).contains(Status.NO_DATA);
        assertThat(toKgz.toDate().observedGwh()).isEmpty();
        assertThat(toKgz.toDate().monthsMissing()).isEqualTo(1);
        assertThat(toKgz.toDate().status()).isEqualTo(Status.NO_DATA);
        // 8 GWh a day: 80 against 100, 20% short with 5% tolerance: breached
        assertThat(report.energyBreaches()).extracting(b -> b.delivery().id() + " " + b.line().month()).containsExactly("power_to_uzb 2026-07");
        assertThat(energy(report, "power_to_uzb").toDate().againstAgreedPercent()).hasValueSatisfying(v -> assertThat(v).isCloseTo(-20.0, EXACT));
    }

    @Test
    void tracksNameTheirRiverBasin() {
        ComplianceReport report = july();
        assertThat(report.agreements()).extracting(Track::basin).containsOnly("t");
        assertThat(report.canals()).extracting(Track::basin).containsOnly("t");
        assertThat(report.energy()).extracting(EnergyTrack::basin).containsOnly("t");
    }

    private static EnergyTrack energy(ComplianceReport report, String id) {
        return report.energy().stream().filter(track -> track.id().equals(id)).findFirst().orElseThrow();
    }

    private static ComplianceReport july() {
        return Compliance.of("july", HandBuiltSeason.plan(), observations(), LocalDate.of(2026, 7, 31));
    }

    private static List<Status> statuses(ComplianceReport report, String id) {
        return track(report, id).decades().stream().flatMap(line -> line.status().stream()).toList();
    }

    private static Track track(ComplianceReport report, String id) {
        return report.agreements().stream().filter(track -> track.id().equals(id)).findFirst().orElseThrow();
    }

    private static double part(Attribution attribution, String node) {
        return attribution.parts().stream().filter(p -> p.node().equals(node)).findFirst().orElseThrow().hm3();
    }

    static Observed observations() {
        Observed observed = new Observed();
        observed.flow("border", ObservedDecades.Flow.DISCHARGE, D1, 110).flow("ditch", ObservedDecades.Flow.WITHDRAWAL, D1, 9)
                .flow("dam", ObservedDecades.Flow.RELEASE, D1, 100).flow("lateral", ObservedDecades.Flow.DISCHARGE, D1, 30)
                .volume("dam", D1, 495);
        observed.flow("border", ObservedDecades.Flow.DISCHARGE, D2, 90).flow("ditch", ObservedDecades.Flow.WITHDRAWAL, D2, 24)
                .flow("dam", ObservedDecades.Flow.RELEASE, D2, 92).flow("lateral", ObservedDecades.Flow.DISCHARGE, D2, 27)
                .volume("dam", D2, 470);
        return observed;
    }

    /** Observations held in memory, given as hm³ over each 10-day decade and handed out as mean flows. */
    static final class Observed implements ObservedDecades {
        private final Map<String, Double> values = new HashMap<>();
        private final Map<String, Double> energyByDay = new HashMap<>();
        private boolean synthetic;

        /** {@code gwhPerDay} counted at {@code meter} on each of {@code days} days from {@code first}. */
        Observed energy(String meter, LocalDate first, int days, double gwhPerDay) {
            for (int day = 0; day < days; day++) {
                energyByDay.put(meter + " " + first.plusDays(day), gwhPerDay);
            }
            return this;
        }

        Observed flow(String node, Flow flow, LocalDate decade, double hm3) {
            values.put(node + " " + flow + " " + decade, Volumes.m3sFromHm3(hm3, 10));
            return this;
        }

        Observed volume(String node, LocalDate decade, double hm3) {
            values.put(node + " volume " + decade, hm3);
            return this;
        }

        Observed synthetic() {
            synthetic = true;
            return this;
        }

        @Override
        public Optional<DecadeMean> meanFlowM3s(String node, Flow flow, LocalDate decadeStart) {
            return Optional.ofNullable(values.get(node + " " + flow + " " + decadeStart)).map(v -> new DecadeMean(v, 10, synthetic));
        }

        @Override
        public Optional<DecadeMean> meanVolumeHm3(String reservoir, LocalDate decadeStart) {
            return Optional.ofNullable(values.get(reservoir + " volume " + decadeStart)).map(v -> new DecadeMean(v, 10, synthetic));
        }

        @Override
        public Optional<Delivered> deliveredGwh(String meter, LocalDate from, LocalDate toExclusive) {
            List<Double> counted = from.datesUntil(toExclusive).flatMap(day -> Optional.ofNullable(energyByDay.get(meter + " " + day)).stream()).toList();
            return counted.isEmpty() ? Optional.empty()
                    : Optional.of(new Delivered(counted.stream().mapToDouble(Double::doubleValue).sum(), counted.size(), synthetic));
        }
    }
}
