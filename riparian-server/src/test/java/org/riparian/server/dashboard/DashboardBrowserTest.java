package org.riparian.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.basin.Basin;
import org.riparian.model.time.Season;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.compliance.DemoSeason;
import org.riparian.server.testing.TestServer;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.seed.BasinSeed;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/**
 * The dashboard in headless Chromium against a real server on an H2 store: every page loads without console errors,
 * a plan started from the page completes and shows the API's numbers, the language switch translates the labels, and
 * each page leaves a screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> PAGES = List.of("basin", "data", "plan", "compliance", "energy", "ensembles", "shares");

    static TestServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static long datastream;
    static Season demo;
    static Path profile;

    @BeforeAll
    static void start(@TempDir Path browserProfile) throws IOException {
        Browser.requireChromium();
        profile = browserProfile;
        Basin aral = AralBasin.load();
        ApprovedPlans plans = new ApprovedPlans(aral.name(), aral.prepareWith(Optional.of(aral.hydrologies().get("normal")), List.of()));
        server = new TestServer(TestDatabases.h2(), Optional.of(plans));
        seedDemoSeason(aral, plans);
        seedObservations();
        Files.createDirectories(SCREENSHOTS);
        driver = Browser.start(profile);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * What {@code riparian serve --demo} seeds, so the compliance page has its bulletin: the Aral basin's stations and the
     * last vegetation season of synthetic daily values, with Kairakkum's summer release breached in July's second decade.
     */
    static void seedDemoSeason(Basin aral, ApprovedPlans plans) {
        new BasinSeed(server.store).seedIfEmpty(aral);
        demo = DemoSeason.lastVegetation(LocalDate.now(ZoneOffset.UTC));
        assertThat(DemoSeason.seedIfEmpty(server.store, plans, demo)).isPositive();
    }

    /** A month of daily Toktogul releases, one of them revised and one outside its soft range so the page has a flag to show. */
    static void seedObservations() {
        Stations stations = server.stations;
        long thing = stations.gauge("toktogul", "KGZ");
        datastream = stations.datastream(thing, stations.sensor("gates"), stations.observedProperty("release volume"), "raw", "hm3", "day", "TotalPrec");
        long day = 86_400_000L;
        long april = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();
        List<ObservationInput> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(new ObservationInput(datastream, april + d * day, april + (d + 1) * day, 30 + (d % 7), null, null, null, "day " + d));
        }
        server.store.observations().deliver(Stations.ADMIN, days);
        server.store.observations().deliver(Stations.ADMIN, List.of(new ObservationInput(datastream, april + 3 * day, april + 4 * day, 61, null, null, null, "day 3")));
        server.store.qc().addRule(Stations.ADMIN, datastream, Stations.json("{`kind`: `range`, `hard`: [0, 200], `soft`: [0, 50]}"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void open(String page) {
        driver.get(server.url("/dashboard/#/" + page));
        wait.until(d -> page.equals(d.findElement(By.id("page")).getDomAttribute("data-ready")));
    }

    static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only the window: the bulletin's tables run below the fold. */
    static void fullPageScreenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + window.getHeight() - 860));
        screenshot(name);
        driver.manage().window().setSize(window);
    }

    static void logIn() {
        driver.findElement(By.id("token")).sendKeys(server.tokens.get("coordinator"));
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    static double number(String text) {
        try {
            return NumberFormat.getNumberInstance(Locale.UK).parse(text.trim()).doubleValue();
        } catch (ParseException e) {
            throw new AssertionError("not a number: " + text, e);
        }
    }

    @Test
    @Order(1)
    void everyPageLoadsReadOnlyWithoutConsoleErrors() throws IOException {
        for (String page : PAGES) {
            open(page);
            assertThat(driver.findElement(By.id("page-title")).getText()).isNotBlank();
            assertThat(Browser.consoleErrors(driver)).as(page).isEmpty();
        }
        open("plan");
        assertThat(driver.findElements(By.id("plans-form"))).isEmpty();
        assertThat(driver.findElement(By.id("plan-page")).getText()).contains("Read only: log in with a token to start runs.");
        open("compliance");
        assertThat(driver.findElement(By.id("compliance-login")).getText()).isEqualTo("Log in with a token to see compliance: it is computed from every country's series, open or not.");
    }

    @Test
    @Order(2)
    void aPlanStartedFromThePageCompletesAndShowsTheApisNumbers() throws IOException {
        open("plan");
        logIn();
        new Select(driver.findElement(By.id("plan-hydrology"))).selectByValue("dry");
        driver.findElement(By.id("plans-start")).click();
        new WebDriverWait(driver, Duration.ofMinutes(5)).until(d -> d.findElements(By.cssSelector("#plans-status [data-status=done]")).size() == 1);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-totals")));

        JsonNode runs = server.get("anonymous", "/api/v1/plans").json().get("runs");
        JsonNode plan = server.get("anonymous", "/api/v1/plans/" + runs.get(0).get("id").asLong()).json();
        assertThat(plan.at("/request/hydrology").asText()).isEqualTo("dry");
        JsonNode countries = plan.at("/result/summary/countries");
        List<WebElement> rows = driver.findElements(By.cssSelector("#plan-totals tbody tr"));
        assertThat(rows).hasSize(countries.size());
        int i = 0;
        for (var names = countries.fieldNames(); names.hasNext(); i++) {
            JsonNode share = countries.get(names.next());
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(number(cells.get(1).getText())).isCloseTo(share.get("demand_hm3").asDouble(), within(0.05));
            assertThat(number(cells.get(2).getText())).isCloseTo(share.get("delivered_hm3").asDouble(), within(0.05));
            assertThat(number(cells.get(3).getText())).isCloseTo(share.get("shortage_hm3").asDouble(), within(0.05));
        }
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        screenshot("plan");
    }

    @Test
    @Order(3)
    void theSchematicColoursTheLatestPlanAndShowsANodesSeries() throws IOException {
        open("basin");
        assertThat(driver.findElements(By.id("basin-noplan"))).isEmpty();
        new Select(driver.findElement(By.id("basin-decade"))).selectByIndex(12);
        clickNode("toktogul");
        wait.until(d -> d.findElement(By.id("basin-detail")).getText().contains("toktogul"));
        assertThat(driver.findElement(By.id("basin-detail")).getText()).contains("reservoir", "Kyrgyzstan");
        assertThat(driver.findElement(By.cssSelector("#basin-detail a")).getDomAttribute("href")).isEqualTo("#/data?q=toktogul");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        screenshot("basin");
    }

    /** Clicks the schematic where ECharts draws {@code node}: its pixel from the chart, as an offset from the canvas centre. */
    static void clickNode(String node) {
        WebElement canvas = driver.findElement(By.cssSelector("#basin-page .chart canvas"));
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) driver.executeScript("const chart = echarts.getInstanceByDom(document.querySelector('#basin-page .chart'));"
                + "const data = chart.getOption().series[0].data.find(n => n.id === arguments[0]);"
                + "return chart.convertToPixel({ seriesIndex: 0 }, [data.x, data.y]);", node);
        int dx = (int) Math.round(pixel.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(pixel.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
    }

    @Test
    @Order(4)
    void theDataExplorerFindsAStationAndShowsItsFlagsAndRevisions() throws IOException {
        open("data");
        driver.findElement(By.id("data-search")).sendKeys("toktogul");
        wait.until(d -> d.findElements(By.cssSelector("#data-list button[data-id='" + datastream + "']")).size() == 1);
        driver.findElement(By.cssSelector("#data-list button[data-id='" + datastream + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("data-flags")));
        List<WebElement> flagged = driver.findElements(By.cssSelector("#data-flags tbody tr"));
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).getText()).contains("61").contains("range");
        flagged.get(0).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("data-revision-table")));
        assertThat(driver.findElements(By.cssSelector("#data-revision-table tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.linkText("CSV")).getDomAttribute("href")).isEqualTo("/api/v1/datastreams/" + datastream + "/export.csv");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        screenshot("data");
    }

    @Test
    @Order(5)
    void theOtherRunsShowTheirResultsFromThePage() throws IOException {
        startAndWait("ensembles", "ensembles", Duration.ofMinutes(5));
        screenshot("ensembles");
        startAndWait("energy", "exchange", Duration.ofMinutes(5));
        screenshot("energy");
        startAndWait("shares", "coalitions", Duration.ofMinutes(10));
        JsonNode runs = server.get("anonymous", "/api/v1/coalitions").json().get("runs");
        JsonNode game = server.get("anonymous", "/api/v1/coalitions/" + runs.get(0).get("id").asLong()).json().get("result");
        assertThat(game.at("/run/players")).extracting(JsonNode::asText).containsExactlyInAnyOrder("KGZ", "TJK", "UZB");
        List<WebElement> rows = driver.findElements(By.cssSelector("#shares-countries tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(number(cells.get(3).getText())).isCloseTo(game.at("/countries/" + i + "/shapley_musd").asDouble(), within(0.05));
            assertThat(number(cells.get(4).getText())).isCloseTo(game.at("/countries/" + i + "/nucleolus_musd").asDouble(), within(0.05));
        }
        screenshot("shares");
    }

    static void startAndWait(String page, String kind, Duration limit) {
        open(page);
        if (driver.findElements(By.id("logout")).isEmpty()) {
            logIn();
        }
        if (kind.equals("ensembles")) {
            WebElement traces = driver.findElement(By.id("ensembles-traces"));
            traces.clear();
            traces.sendKeys("8");
        }
        if (kind.equals("coalitions")) {
            // three players: 7 coalitions instead of the six countries' 63, so the test takes a minute, not six
            driver.findElements(By.cssSelector(".shares-player")).stream().filter(box -> !List.of("KGZ", "TJK", "UZB").contains(box.getDomAttribute("value")))
                    .forEach(WebElement::click);
        }
        driver.findElement(By.id(kind + "-start")).click();
        new WebDriverWait(driver, limit).until(d -> d.findElements(By.cssSelector("#" + kind + "-status [data-status=done]")).size() == 1);
        assertThat(Browser.consoleErrors(driver)).as(page).isEmpty();
    }

    @Test
    @Order(6)
    void theLanguageSwitchTranslatesLabelsAndFormatsNumbers() throws IOException {
        open("plan");
        String english = driver.findElement(By.id("nav-plan")).getText();
        String demandEnglish = driver.findElement(By.cssSelector("#plan-totals thead th:nth-child(2)")).getText();
        new Select(driver.findElement(By.id("language"))).selectByValue("ru");
        wait.until(d -> "plan".equals(d.findElement(By.id("page")).getDomAttribute("data-ready")) && !d.findElements(By.id("plan-totals")).isEmpty());

        assertThat(english).isEqualTo("Plan");
        assertThat(driver.findElement(By.id("nav-plan")).getText()).isEqualTo("План");
        assertThat(demandEnglish).isEqualTo("Demand");
        assertThat(driver.findElement(By.cssSelector("#plan-totals thead th:nth-child(2)")).getText()).isEqualTo("Потребность");
        // Russian groups thousands with a (narrow) no-break space and writes a decimal comma.
        String delivered = driver.findElement(By.cssSelector("#plan-totals tbody tr td:nth-child(3)")).getText();
        assertThat(delivered).matches("[0-9\u00a0\u202f ]+,[0-9]");
        screenshot("plan-ru");
        open("basin");
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Бассейн");
        for (String page : PAGES) {
            open(page);
            screenshot(page + "-ru");
            assertThat(Browser.consoleErrors(driver)).as(page).isEmpty();
        }
        new Select(driver.findElement(By.id("language"))).selectByValue("en");
    }

    /**
     * The demo season's bulletin on the page: by default its last decade (the latest with data), and for July's second
     * decade the breaches of the season to date with the same agreed, actual and deviation figures as
     * /api/v1/compliance, each breach row shaded and linked to its station's datastream; labelled synthetic; the
     * downloads fetch the bulletin with the token; the RU switch translates the page.
     */
    @Test
    @Order(7)
    void theCompliancePageShowsTheBulletinsBreachesAsTheApiDoes() throws IOException {
        open("compliance");
        if (driver.findElements(By.id("logout")).isEmpty()) {
            logIn();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-withdrawal-limit")));
        int year = demo.start().getYear();
        assertThat(new Select(driver.findElement(By.id("compliance-decade"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo(year + "-09-3");
        assertThat(driver.findElement(By.id("compliance-synthetic")).getText()).startsWith("SYNTHETIC DATA");

        String decade = year + "-07-2";
        new Select(driver.findElement(By.id("compliance-decade"))).selectByValue(decade);
        wait.until(d -> d.findElement(By.id("compliance-through")).getText().contains("Jul II " + year) && "compliance".equals(d.findElement(By.id("page")).getDomAttribute("data-ready")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-breaches")));
        JsonNode report = server.get("coordinator", "/api/v1/compliance?season=" + demo.label() + "&decade=" + decade).json();
        List<JsonNode> breaches = breaches(report);
        assertThat(breaches).extracting(b -> b.get("id").asText()).contains("kairakkum_summer_release");
        List<WebElement> rows = driver.findElements(By.cssSelector("#compliance-breaches tbody tr"));
        assertThat(rows).hasSize(breaches.size());
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            JsonNode line = breaches.get(i).get("line");
            assertThat(cells.get(0).getText()).isEqualTo(breaches.get(i).get("id").asText());
            assertThat(number(cells.get(3).getText())).isCloseTo(line.get("agreed").asDouble(), within(0.05));
            assertThat(number(cells.get(5).getText())).isCloseTo(line.get("observed").asDouble(), within(0.05));
            assertThat(number(cells.get(6).getText())).isCloseTo(line.get("againstAgreed").asDouble(), within(0.05));
            assertThat(rows.get(i).getDomAttribute("class")).isEqualTo("breach");
        }
        assertThat(driver.findElement(By.id("compliance-breach-count")).getText()).isEqualTo("Breaches in the season to date: " + breaches.size());
        assertKairakkumLinksToItsReleases(decade);
        assertEnergyDeliveriesAsTheApi(report);
        fullPageScreenshot("compliance");
        assertThat(Browser.consoleErrors(driver)).isEmpty();

        new Select(driver.findElement(By.id("language"))).selectByValue("ru");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-breaches")));
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Соблюдение");
        assertThat(driver.findElement(By.cssSelector("#compliance-breaches thead th:nth-child(7)")).getText()).isEqualTo("Факт минус согласовано");
        assertThat(driver.findElement(By.id("compliance-synthetic")).getText()).startsWith("СИНТЕТИЧЕСКИЕ ДАННЫЕ");
        assertThat(driver.findElement(By.cssSelector("#compliance-breaches tbody td:nth-child(4)")).getText()).matches("[0-9\u00a0\u202f ]+,[0-9]");
        fullPageScreenshot("compliance-ru");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        new Select(driver.findElement(By.id("language"))).selectByValue("en");
    }

    /** Kairakkum's breach row opens the datastream compliance read, and the CSV link saves the bulletin of the decade. */
    /**
     * The energy table: one row per delivery, the month of the decade with the API's agreed and counted GWh, a dash in
     * a month the agreement does not bind (the demo's July has both kinds).
     */
    static void assertEnergyDeliveriesAsTheApi(JsonNode report) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#compliance-energy tbody tr"));
        assertThat(report.get("energy")).isNotEmpty();
        assertThat(rows).hasSize(report.get("energy").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode track = report.get("energy").get(i);
            JsonNode month = track.get("months").get(track.get("months").size() - 1);
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).isEqualTo(track.get("id").asText());
            assertThat(cells.get(3).getText()).isEqualTo(month.get("start").asText().substring(0, 7));
            if (month.get("status").isNull()) {
                assertThat(List.of(cells.get(4).getText(), cells.get(5).getText())).containsOnly("—");
            } else {
                assertThat(number(cells.get(4).getText())).isCloseTo(month.get("agreed").asDouble(), within(0.05));
                assertThat(number(cells.get(5).getText())).isCloseTo(month.get("observed").asDouble(), within(0.05));
            }
            assertThat(cells.get(2).findElement(By.tagName("a")).getDomAttribute("data-property")).isEqualTo("delivered electricity");
        }
    }

    static void assertKairakkumLinksToItsReleases(String decade) throws IOException {
        WebElement release = driver.findElement(By.cssSelector("#compliance-breaches a[data-node=kairakkum][data-property=release]"));
        long id = server.store.observations().datastreamAt("kairakkum", "release").orElseThrow().id();
        assertThat(release.getDomAttribute("href")).isEqualTo("#/data?ds=" + id + "&q=kairakkum");
        WebElement csv = driver.findElement(By.id("compliance-download-csv"));
        assertThat(csv.getDomAttribute("href")).isEqualTo("/api/v1/compliance/bulletin?decade=" + decade + "&format=csv");
        csv.click();
        Path saved = Browser.downloads(profile).resolve("bulletin-" + decade + ".csv");
        wait.until(d -> Files.exists(saved));
        assertThat(Files.readString(saved)).startsWith("# Decade bulletin " + decade).contains("breaches,kairakkum_summer_release," + decade);
        release.click();
        wait.until(d -> d.findElements(By.id("data-name")).size() == 1);
        assertThat(driver.findElement(By.id("data-name")).getText()).startsWith("kairakkum release");
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-breaches")));
    }

    /** Every breached decade of an agreement, in the report's order: {"id": agreement, "line": its decade}. */
    static List<JsonNode> breaches(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        report.get("agreements").forEach(track -> track.get("decades").forEach(line -> {
            if ("breached".equals(line.path("status").asText())) {
                found.add(JsonNodeFactory.instance.objectNode().put("id", track.get("id").asText()).set("line", line));
            }
        }));
        return found;
    }
}
