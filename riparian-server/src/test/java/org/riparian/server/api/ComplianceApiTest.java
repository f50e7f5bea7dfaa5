package org.riparian.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.server.HydrometServer;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;

/** /api/v1/compliance and its bulletin on a real server over the hand-built basin, its plan computed by the engine. */
class ComplianceApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    StoreSettings settings;
    Store store;
    HydrometServer server;
    String admin;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        settings = TestDatabases.h2();
        store = Store.open(settings);
        server = HydrometServer.start(store, "127.0.0.1", 0, new ApprovedPlans("t", HandBuiltSeason.network()));
        admin = store.tokens().firstAdmin().orElseThrow().secret();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
        TestDatabases.drop(settings);
    }

    @Test
    void hostileQueriesAreRefusedWithTheirField() throws Exception {
        assertThat(get(null, "/api/v1/compliance/bulletin?decade=2026-07-2").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> badDecade = get(admin, "/api/v1/compliance/bulletin?decade=2026-13-2");
        assertThat(badDecade.statusCode()).isEqualTo(400);
        assertThat(json(badDecade).path("field").asText()).isEqualTo("decade");
        assertThat(json(badDecade).path("message").asText()).contains("is not YEAR-MONTH-DECADE such as 2026-07-2");
        assertThat(json(get(admin, "/api/v1/compliance?season=2026-summer")).path("field").asText()).isEqualTo("season");
        assertThat(json(get(admin, "/api/v1/compliance?as-of=yesterday")).path("field").asText()).isEqualTo("as-of");
        HttpResponse<byte[]> empty = get(admin, "/api/v1/compliance/bulletin?decade=2026-07-2");
        assertThat(empty.statusCode()).isEqualTo(404);
        assertThat(json(empty).path("message").asText()).contains("no observation of the season 2026-vegetation");
    }

    @Test
    void theBulletinComesAsHtmlPdfAndCsvAndTheReportAsJson() throws Exception {
        long border = borderGauge();
        deliver(border, LocalDate.of(2026, 7, 11), 90 / 0.864);

        HttpResponse<byte[]> html = get(admin, "/api/v1/compliance/bulletin?decade=2026-07-2&format=html");
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(page).contains("<style>").contains("Decade bulletin 2026-07-2").doesNotContain("<link").doesNotContain("<script")
                .doesNotContain("src=");
        HttpResponse<byte[]> pdf = get(admin, "/api/v1/compliance/bulletin?decade=2026-07-2&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(get(admin, "/api/v1/compliance/bulletin?decade=2026-07-2&format=csv").body(), StandardCharsets.UTF_8))
                .contains("deliveries,to_uzb,KGZ UZB,border,");
        assertThat(get(admin, "/api/v1/compliance/bulletin?decade=2026-07-2&format=docx").statusCode()).isEqualTo(400);

        JsonNode report = json(get(admin, "/api/v1/compliance?season=2026-vegetation&decade=2026-07-2"));
        JsonNode toUzb = report.path("agreements").get(0);
        assertThat(toUzb.path("id").asText()).isEqualTo("to_uzb");
        assertThat(toUzb.path("tolerance").asDouble()).isEqualTo(0.05);
        assertThat(toUzb.path("period").path("from").asText() + " " + toUzb.path("period").path("to").asText()).isEqualTo("01-01 12-31");
        JsonNode first = toUzb.path("decades").get(0);
        assertThat(first.path("decade").asText()).isEqualTo("2026-04-1");
        assertThat(first.path("observed").isNull()).isTrue();       // missing, not 0
        assertThat(first.path("status").isNull()).isTrue();         // July only: April does not bind
        JsonNode july2 = toUzb.path("decades").get(10);
        assertThat(july2.path("decade").asText()).isEqualTo("2026-07-2");
        assertThat(july2.path("observed").asDouble()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.path("throughDecade").asText()).isEqualTo("2026-07-2");
    }

    private long borderGauge() {
        Stations stations = new Stations(store);
        return stations.datastream(stations.gauge("border", "UZB"), stations.sensor("border"), stations.observedProperty("discharge"), "raw",
                "m3/s", "day", "AveragePrec");
    }

    private void deliver(long datastream, LocalDate decade, double flowM3s) {
        List<ObservationInput> inputs = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            long start = decade.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            inputs.add(new ObservationInput(datastream, start, start + 86_400_000L, flowM3s, null, null, null, "day " + day));
        }
        store.observations().deliver(Stations.ADMIN, inputs);
    }

    private HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
