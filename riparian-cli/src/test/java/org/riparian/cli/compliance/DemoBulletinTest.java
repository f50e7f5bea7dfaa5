package org.riparian.cli.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.cli.RiparianCommand;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.time.Season;
import org.riparian.server.agreement.AgreementBook;
import org.riparian.server.agreement.AgreementJson;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.compliance.DemoSeason;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.seed.BasinSeed;

/**
 * The demo that {@code riparian serve --demo} seeds (the Aral basin's 2026 vegetation season, synthetic), read by
 * {@code riparian compliance} and {@code riparian report bulletin}: at least one breach, every output labelled
 * synthetic, all files or none, and each bad input a one-line error with exit code 2.
 */
class DemoBulletinTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void seedTheDemo() {
        try (Store store = Store.open(StoreSettings.embedded(data))) {
            Basin aral = AralBasin.load();
            new BasinSeed(store).seedIfEmpty(aral);
            ApprovedPlans plans = new ApprovedPlans(aral.name(), aral.prepareWith(Optional.of(aral.hydrologies().get("normal")), List.of()));
            assertThat(DemoSeason.seedIfEmpty(store, plans, Season.vegetation(2026))).isPositive();
            assertThat(DemoSeason.seedIfEmpty(store, plans, Season.vegetation(2026))).isZero();
        }
    }

    @Test
    void theDemoSeasonHasABreachAndSaysItIsSynthetic() throws IOException {
        Run run = run("compliance", "--data", data.toString(), "--season", "2026-vegetation", "--decade", "2026-09-3", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("synthetic").asBoolean()).isTrue();
        assertThat(report.path("note").asText()).startsWith("SYNTHETIC DATA");
        List<JsonNode> breached = Stream.of(report.path("agreements")).flatMap(a -> StreamSupport.stream(a.spliterator(), false))
                .flatMap(a -> StreamSupport.stream(a.path("decades").spliterator(), false))
                .filter(d -> "breached".equals(d.path("status").asText())).toList();
        assertThat(breached).isNotEmpty();
    }

    @Test
    void theBulletinIsWrittenAsHtmlPdfAndCsvAllLabelledSynthetic(@TempDir Path out) throws IOException {
        Run run = run("report", "bulletin", "--data", data.toString(), "--decade", "2026-07-2", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("SYNTHETIC DATA").contains("Breaches of the season to date");
        String html = Files.readString(out.resolve("bulletin.html"));
        assertThat(html).contains("SYNTHETIC DATA").contains("Inflow to the Aral Sea");
        // one section per river basin, the Syr Darya (whose agreements come first in the basin file) before the Amu Darya
        assertThat(html.indexOf("<h2>Syr Darya</h2>")).isPositive().isLessThan(html.indexOf("<h2>Amu Darya</h2>"));
        // the breach put in: Kairakkum releases less in July's second decade, so its agreed release at the gauge below falls short
        String csv = Files.readString(out.resolve("bulletin.csv"));
        assertThat(csv).contains("# SYNTHETIC DATA").containsPattern(
                "syr_darya,breaches,kairakkum_summer_release,2026-07-2,hm3,561\\.600,[0-9.]+,[0-9.]+,-[0-9.]+,\"[^\"]*upstream release below schedule at kairakkum");
        // Tajikistan's 87.5 GWh of July to Uzbekistan, to day 20: 87.5 x 20/31 = 56.452 GWh agreed, counted at the demo's meter
        assertThat(csv).containsPattern("syr_darya,energy,kairakkum_energy_tjk_uzb,TJK,UZB,energy_tjk_uzb,2026-07 to day 20,56\\.452,[0-9.]+,");
        assertThat(Files.readAllBytes(out.resolve("bulletin.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(out.resolve("compliance.json"))).contains("\"synthetic\" : true");
    }

    @Test
    void complianceFromTheStoreHoldsTheStoredAgreementsOnTopOfTheBasinFiles(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        try (Store store = Store.open(StoreSettings.embedded(copy))) {
            Basin aral = AralBasin.load();
            AgreementBook book = new AgreementBook(store, aral.name(), aral.network());
            Principal icwc = Principal.of("icwc", Role.COORDINATOR, null);
            book.retire(icwc, "kairakkum_summer_release");
            ObjectNode northAral = AgreementJson.body(book.find("north_aral_inflow").orElseThrow().agreement(), "syr_darya").put("tolerance", 0.5);
            book.put(icwc, "north_aral_inflow", () -> northAral);
        }
        Run run = run("compliance", "--data", copy.toString(), "--season", "2026-vegetation", "--decade", "2026-07-2", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode agreements = new ObjectMapper().readTree(run.out()).path("agreements");
        List<String> ids = StreamSupport.stream(agreements.spliterator(), false).map(a -> a.path("id").asText()).toList();
        assertThat(ids).doesNotContain("kairakkum_summer_release").contains("kairakkum_fill", "north_aral_inflow");
        assertThat(StreamSupport.stream(agreements.spliterator(), false).filter(a -> a.path("id").asText().equals("north_aral_inflow"))
                .findFirst().orElseThrow().path("tolerance").asDouble()).isEqualTo(0.5);
    }

    @Test
    void badInputsAreOneLineErrorsWithExitCodeTwo(@TempDir Path empty, @TempDir Path basinDir) throws IOException {
        Run unknownDecade = run("report", "bulletin", "--data", data.toString(), "--decade", "2026-07-4");
        assertThat(unknownDecade.code()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(unknownDecade.err()).contains("the decade number must be 1, 2 or 3").doesNotContain("\tat ");
        Run noData = run("compliance", "--data", empty.toString(), "--season", "2026-vegetation");
        assertThat(noData.code()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(noData.err()).contains("the store holds no observation of the season 2026-vegetation").doesNotContain("\tat ");
        Path basin = basinDir.resolve("bad.yaml");
        Files.writeString(basin, """
                basin: {name: t}
                nodes:
                  - {id: sea, kind: terminal, country: UZB, basin: t}
                agreements:
                  - {id: fill, kind: storage-schedule, reservoir: toktogull, targets: [{by: 05-31, at_least: 1 km3}], parties: [KGZ]}
                """);
        Run unknownNode = run("compliance", "--data", data.toString(), "--basin", basin.toString());
        assertThat(unknownNode.code()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(unknownNode.err()).contains("agreements[0].reservoir: unknown node 'toktogull'");
        Run failed = run("report", "bulletin", "--data", data.toString(), "--decade", "2026-07-2", "--out", basinDir.resolve("x").toString(),
                "--season", "2025-vegetation");
        assertThat(failed.code()).isEqualTo(RiparianCommand.INVALID_INPUT);
        assertThat(basinDir.resolve("x")).doesNotExist();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RiparianCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
