package org.riparian.server.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.analysis.compliance.Attribution;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.analysis.compliance.MonthLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;
import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.time.Season;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.seed.BasinSeed;
import org.riparian.store.testing.TestDatabases;

/**
 * The demo season on the hand-built basin's seeded stations: generated once, marked synthetic, and with its breach
 * where it was put: border's July 310 hm3 is highest in July, so its second decade passes 85% of the agreed 100 hm3
 * and the dam above it releases that much less. On H2 here and on PostgreSQL in {@link DemoSeasonTestPG}.
 */
class DemoSeasonTest {

    StoreSettings settings;
    Store store;

    StoreSettings settings() {
        return TestDatabases.h2();
    }

    @BeforeEach
    void open() {
        settings = settings();
        store = Store.open(settings);
    }

    @AfterEach
    void close() {
        store.close();
        TestDatabases.drop(settings);
    }

    @Test
    void theDemoSeasonIsSyntheticOnceAndBreachesWhereItWasPutIn() {
        Basin basin = BasinFileReader.read("t.yaml", new ByteArrayInputStream(HandBuiltSeason.BASIN.getBytes(StandardCharsets.UTF_8)),
                relative -> {
                    throw new NoSuchFileException(relative);
                });
        new BasinSeed(store).seedIfEmpty(basin);
        ApprovedPlans plans = new ApprovedPlans("t", basin.network());
        Season season = Season.vegetation(2026);
        // 183 days at border, upper, lateral (discharge), ditch (withdrawal), the dam (release, volume) and the two energy meters
        assertThat(DemoSeason.seedIfEmpty(store, plans, season)).isEqualTo(8 * 183);
        assertThat(DemoSeason.seedIfEmpty(store, plans, season)).isZero();

        ComplianceReport report = new ComplianceRun(season, LocalDate.of(2026, 7, 11), Instant.now()).report(store, plans,
                basin.network().agreements());
        assertThat(report.synthetic()).isTrue();
        Track toUzb = report.agreements().stream().filter(track -> track.id().equals("to_uzb")).findFirst().orElseThrow();
        var july2 = toUzb.decade("2026-07-2").orElseThrow();
        assertThat(july2.status()).contains(Status.BREACHED);
        assertThat(july2.observedHm3().orElseThrow()).isBetween(80.0, 90.0);   // 85 of the agreed 100, give or take the noise
        Attribution attribution = toUzb.attributions().stream().filter(a -> a.decade().equals("2026-07-2")).findFirst().orElseThrow();
        Attribution.Part dam = attribution.parts().stream().filter(p -> p.node().equals("dam")).findFirst().orElseThrow();
        assertThat(dam.cause()).isEqualTo(Attribution.Cause.RELEASE_BELOW_PLAN);
        assertThat(dam.hm3()).isGreaterThan(0.5 * (july2.plannedHm3() - july2.observedHm3().orElseThrow()));
        // KGZ's 310 GWh in July: 10 GWh a day with 5% noise a day, so the 20 days to date hold 200 GWh within about 1%
        MonthLine power = report.energy().stream().filter(track -> track.id().equals("power_to_uzb")).findFirst().orElseThrow()
                .month("2026-07").orElseThrow();
        assertThat(power.agreedGwh().orElseThrow()).isCloseTo(200.0, within(1e-9));
        assertThat(power.observedGwh().orElseThrow()).isBetween(194.0, 206.0);
        assertThat(power.daysObserved()).isEqualTo(20.0);
    }
}
