package org.riparian.server.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.analysis.compliance.Attribution;
import org.riparian.analysis.compliance.Compliance;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;
import org.riparian.model.time.Season;
import org.riparian.server.bulletin.Bulletin;
import org.riparian.server.bulletin.BulletinCsv;
import org.riparian.server.bulletin.BulletinHtml;
import org.riparian.server.bulletin.BulletinPdf;
import org.riparian.server.bulletin.BulletinTables;
import org.riparian.server.bulletin.Section;
import org.riparian.store.NotFoundException;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.Principal;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.seed.BasinSeed;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/**
 * The hand-built July of {@link HandBuiltSeason} delivered to a real store as daily values in the units agencies use:
 * the gauges in m³/s, the ditch in l/s, the dam's release as daily volumes in hm³ and its storage in km³. Read back
 * through {@link StoredObservations}, it must give the statuses and the attribution worked out there by hand. On H2
 * here and on PostgreSQL in {@link StoredComplianceTestPG}.
 */
class StoredComplianceTest {

    private static final Principal ADMIN = Stations.ADMIN;
    private static final LocalDate D1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 7, 11);

    StoreSettings settings;
    Store store;
    long border;
    long ditch;
    long release;
    long volume;
    long lateral;

    StoreSettings settings() {
        return TestDatabases.h2();
    }

    @BeforeEach
    void open() {
        settings = settings();
        store = Store.open(settings);
        Stations stations = new Stations(store);
        long sensor = stations.sensor("station");
        long discharge = stations.observedProperty("discharge");
        border = stations.datastream(stations.gauge("border", "UZB"), sensor, discharge, "raw", "m3/s", "day", "AveragePrec");
        lateral = stations.datastream(stations.gauge("lateral", "KGZ"), sensor, discharge, "raw", "m3/s", "day", "AveragePrec");
        ditch = stations.datastream(stations.gauge("ditch", "UZB"), sensor, stations.observedProperty("withdrawal"), "raw", "l/s", "day",
                "AveragePrec");
        long dam = stations.gauge("dam", "KGZ");
        release = stations.datastream(dam, sensor, stations.observedProperty("release"), "raw", "hm3", "day", "TotalPrec");
        volume = stations.datastream(dam, sensor, stations.observedProperty("reservoir volume"), "raw", "km3", "day", "Continuous");
    }

    @AfterEach
    void close() {
        store.close();
        TestDatabases.drop(settings);
    }

    @Test
    void theStoredJulyGivesTheHandWorkedStatusesInEveryUnit() {
        deliverJuly();
        ComplianceReport report = Compliance.of("july", HandBuiltSeason.plan(), new StoredObservations(store, Instant.now(), ZoneOffset.UTC),
                LocalDate.of(2026, 7, 21));
        assertThat(statuses(report, "to_uzb")).containsExactly(Status.MET, Status.BREACHED, Status.NO_DATA);
        assertThat(statuses(report, "uzb_limit")).containsExactly(Status.MET, Status.BREACHED, Status.NO_DATA);
        assertThat(statuses(report, "dam_fill")).containsExactly(Status.WITHIN_TOLERANCE);
        assertThat(statuses(report, "dam_release")).containsExactly(Status.MET, Status.WITHIN_TOLERANCE, Status.NO_DATA);
        // 24 hm3 in 10 days delivered as 27 777.8 l/s a day reads back as 24 hm3; 9.2 hm3 a day as 92 over the decade
        assertThat(track(report, "uzb_limit").decades().get(1).observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(24.0, within(1e-9)));
        assertThat(track(report, "dam_release").decades().get(1).observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(92.0, within(1e-9)));
        Attribution attribution = track(report, "to_uzb").attributions().get(0);
        assertThat(attribution.parts()).extracting(Attribution.Part::hm3).map(v -> Math.round(v * 1e6) / 1e6).containsExactlyInAnyOrder(8.0, 3.0, 4.0);
        assertThat(attribution.unexplainedHm3()).isCloseTo(5.0, within(1e-6));
        assertThat(report.synthetic()).isFalse();
    }

    @Test
    void aBulletinAsOfBeforeARevisionShowsTheOldValue() throws InterruptedException {
        deliverJuly();
        Thread.sleep(5);
        Instant before = Instant.now();
        Thread.sleep(5);
        deliverDaily(border, D2, 100 / 0.864, "");   // the border gauge's second decade revised: 100 hm3, not 90

        Track then = track(report(before), "to_uzb");
        Track now = track(report(Instant.now()), "to_uzb");
        assertThat(then.decades().get(1).observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(90.0, within(1e-9)));
        assertThat(then.decades().get(1).status()).contains(Status.BREACHED);
        assertThat(now.decades().get(1).observedHm3()).hasValueSatisfying(v -> assertThat(v).isCloseTo(100.0, within(1e-9)));
        assertThat(now.decades().get(1).status()).contains(Status.MET);
        assertThat(BulletinCsv.of(bulletin(before))).contains("deliveries,to_uzb,KGZ UZB,border,100.000,110.000,90.000,-10.000,breached");
        assertThat(BulletinCsv.of(bulletin(Instant.now()))).contains("deliveries,to_uzb,KGZ UZB,border,100.000,110.000,100.000,0.000,met");
    }

    @Test
    void thePdfParsesBackWithTheTablesNumbers() throws IOException {
        deliverJuly();
        String text = pdfText(BulletinPdf.of(bulletin(Instant.now())));
        // the extractor spaces table cells unevenly, so rows are compared with all white space taken out
        String cells = text.replaceAll("\\s+", "");
        // deliveries: to_uzb agreed 100, plan 110, actual 90, -10 % against agreed, breached; to date 200 agreed, 200 actual, met
        assertThat(cells).contains("to_uzbKGZUZBborder100.0110.090.0-10.0breached200.0200.0met");
        // canals: the ditch planned 20, took 24 (+20 % against plan); to date planned 40, took 33 (-17.5 %)
        assertThat(cells).contains("ditchUZB20.024.020.040.033.0-17.5");
        // reservoirs: mean storage planned 485, observed 470; release planned 100, observed 92 (-8 %)
        assertThat(cells).contains("damKGZ485.0470.0100.092.0-8.0");
        // no decade 3 in a bulletin of decade 2, and a missing number is written out, never as 0
        assertThat(cells).contains("uzb_totalUZBditchnodata20.024.0nodata30.033.0breached");
        assertThat(text).contains("Decade bulletin 2026-07-2 (2026-07-11 to 2026-07-20), t basin").doesNotContain("SYNTHETIC");
    }

    @Test
    void eachRiverBasinHasItsSectionWithItsOwnNumbersAndEnergyReadFromMegawattHours() throws IOException {
        deliverJuly();
        Stations stations = new Stations(store);
        long sensor = stations.sensor("meter");
        long ford = stations.datastream(stations.gauge("ford", "KGZ"), sensor, stations.observedProperty("discharge"), "raw", "m3/s", "day",
                "AveragePrec");
        deliverDaily(ford, D1, 100 / 0.864, "");
        deliverDaily(ford, D2, 95 / 0.864, "");
        long meter = stations.datastream(stations.gauge("meter", "KGZ"), sensor, stations.observedProperty(BasinSeed.DELIVERED_ELECTRICITY),
                "raw", "MWh", "day", "TotalPrec");
        deliverDaily(meter, D1, 9_600, "");   // 9.6 GWh a day, sent in MWh
        deliverDaily(meter, D2, 9_600, "");
        ComplianceReport report = Compliance.of("july", TwoBasinSeason.plan(), new StoredObservations(store, Instant.now(), ZoneOffset.UTC), D2);
        Bulletin bulletin = BulletinTables.of(report, "two", Instant.now());
        assertThat(bulletin.sections()).extracting(Section::title).containsExactly("T", "Amu Darya");

        // each basin starts on a new page, so a basin's pages hold its tables and no other's
        List<String> pages = pdfPages(BulletinPdf.of(bulletin));
        int amu = pages.indexOf(pages.stream().filter(page -> page.contains("Amu Darya")).findFirst().orElseThrow());
        String t = String.join("", pages.subList(0, amu)).replaceAll("\\s+", "");
        String amuDarya = String.join("", pages.subList(amu, pages.size())).replaceAll("\\s+", "");
        // t: border as in the single-basin bulletin; nothing of the ford
        assertThat(t).contains("to_uzbKGZUZBborder100.0110.090.0-10.0breached200.0200.0met").doesNotContain("to_lake", "ford");
        // KGZ's 310 GWh of July to UZB: 20 days to date, 310 x 20/31 = 200 agreed; 9.6 GWh a day x 20 = 192, -4 %, within 5 %
        assertThat(t).contains("power_to_uzbKGZUZBmeter2026-07today20200.0192.0-4.0withintolerance200.0192.0withintolerance");
        // UZB's 31 GWh of July to KGZ: 20 agreed to date, never counted
        assertThat(t).contains("power_to_kgzUZBKGZenergy_uzb_kgz2026-07today2020.0nodatanodatanodatanodatanodatanodata");
        // amu_darya: the ford agreed 100 in decade 2, planned 100, passed 95 (-5 %, within 10 %); to date 200 agreed, 195 passed
        assertThat(amuDarya).contains("to_lakeKGZford100.0100.095.0-5.0withintolerance200.0195.0withintolerance")
                .doesNotContain("to_uzb", "power_to_uzb", "ditch");
        assertThat(BulletinCsv.of(bulletin)).contains("amu_darya,deliveries,to_lake,KGZ,ford,100.000,100.000,95.000,-5.000,within tolerance")
                .contains("t,energy,power_to_uzb,KGZ,UZB,meter,2026-07 to day 20,200.000,192.000,-4.000,within tolerance");
        assertThat(BulletinHtml.of(bulletin)).contains("<section id=\"amu_darya\"><h2>Amu Darya</h2>");
    }

    @Test
    void syntheticValuesAreNamedOnTheBulletin() throws IOException {
        deliverJuly();
        deliverDaily(lateral, D2, 27 / 0.864, ObservationInput.SYNTHETIC);
        Bulletin bulletin = bulletin(Instant.now());
        assertThat(bulletin.synthetic()).isTrue();
        PdfReader reader = new PdfReader(BulletinPdf.of(bulletin));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("SYNTHETIC DATA");
        assertThat(BulletinCsv.of(bulletin)).contains("# " + SyntheticNotice.TEXT);
    }

    @Test
    void aSeasonWithoutObservationsIsRefusedRatherThanReportedCompliant() {
        ApprovedPlans plans = new ApprovedPlans("t", HandBuiltSeason.network());
        ComplianceRun run = new ComplianceRun(Season.vegetation(2026), LocalDate.of(2026, 7, 11), Instant.now());
        assertThatThrownBy(() -> run.report(store, plans, HandBuiltSeason.network().agreements())).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("the store holds no observation of the season 2026-vegetation through decade 2026-07-2");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return String.join("\n", pdfPages(pdf));
    }

    private static List<String> pdfPages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        return pages;
    }

    private ComplianceReport report(Instant asOf) {
        return Compliance.of("july", HandBuiltSeason.plan(), new StoredObservations(store, asOf, ZoneOffset.UTC), D2);
    }

    private Bulletin bulletin(Instant asOf) {
        return BulletinTables.of(report(asOf), "t", asOf);
    }

    /** The observations of {@link HandBuiltSeason}, day by day, each decade's mean as stated there. */
    private void deliverJuly() {
        deliverDaily(border, D1, 110 / 0.864, "");
        deliverDaily(border, D2, 90 / 0.864, "");
        deliverDaily(lateral, D1, 30 / 0.864, "");
        deliverDaily(lateral, D2, 27 / 0.864, "");
        deliverDaily(ditch, D1, 9 / 0.864 * 1000, "");
        deliverDaily(ditch, D2, 24 / 0.864 * 1000, "");
        deliverDaily(release, D1, 10, "");
        deliverDaily(release, D2, 9.2, "");
        deliverDaily(volume, D1, 0.495, "");
        deliverDaily(volume, D2, 0.470, "");
    }

    private void deliverDaily(long datastream, LocalDate decade, double value, String parameters) {
        List<ObservationInput> inputs = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            long start = decade.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            inputs.add(new ObservationInput(datastream, start, start + 86_400_000L, value, null,
                    parameters.isEmpty() ? null : "{" + parameters + "}", null, "day " + day));
        }
        store.observations().deliver(ADMIN, inputs);
    }

    private static List<Status> statuses(ComplianceReport report, String id) {
        return track(report, id).decades().stream().flatMap(line -> line.status().stream()).toList();
    }

    private static Track track(ComplianceReport report, String id) {
        return report.agreements().stream().filter(track -> track.id().equals(id)).findFirst().orElseThrow();
    }
}
