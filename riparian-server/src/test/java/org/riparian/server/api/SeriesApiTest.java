package org.riparian.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riparian.server.testing.TestServer;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.testing.Stations;
import org.w3c.dom.Document;

/** /api/v1 reads of a series: decade aggregates of the best available values, WaterML 2.0 and CSV exports with flags. */
class SeriesApiTest {

    static final long DAY = 86_400_000L;
    static final long APRIL = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();

    TestServer server;
    long raw;
    long agreed;

    @BeforeEach
    void start() {
        server = TestServer.h2();
        Stations stations = server.stations;
        long thing = stations.gauge("Toktogul release", "KGZ");
        long sensor = stations.sensor("gates");
        long property = stations.observedProperty("release volume");
        raw = stations.datastream(thing, sensor, property, "raw", "hm3", "day", "TotalPrec");
        agreed = stations.datastream(thing, sensor, property, "agreed", "hm3", "day", "TotalPrec");
        List<ObservationInput> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(new ObservationInput(raw, APRIL + d * DAY, APRIL + (d + 1) * DAY, 10, null, null, null, "day " + d));
        }
        server.store.observations().deliver(Stations.ADMIN, days);
        server.store.observations().deliver(Stations.ADMIN, List.of(new ObservationInput(agreed, APRIL, APRIL + DAY, 12, null, null, null, "agreed")));
        server.store.qc().addRule(Stations.ADMIN, raw, Stations.json("{`kind`: `range`, `hard`: [0, 100], `soft`: [0, 9]}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void decadeTotalsUseTheBestAvailableValueOfEachDay() {
        JsonNode aggregates = server.get("reader", "/api/v1/datastreams/" + raw + "/aggregates?step=decade").json();

        assertThat(aggregates.get("method").asText()).isEqualTo("sum");
        assertThat(aggregates.get("values")).extracting(v -> v.get("period").asText(), v -> v.get("value").asDouble())
                .containsExactly(tuple("2026-04-1", 102.0), tuple("2026-04-2", 100.0), tuple("2026-04-3", 100.0));
        assertThat(server.get("reader", "/api/v1/datastreams/" + raw + "/aggregates?step=fortnight").status()).isEqualTo(400);
    }

    @Test
    void waterMlAndCsvCarryUnitInterpolationLevelAndFlags() throws Exception {
        String xml = server.get("reader", "/api/v1/datastreams/" + raw + "/export.wml?to=2026-04-03T00:00:00Z").body();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String wml2 = "http://www.opengis.net/waterml/2.0";

        assertThat(document.getElementsByTagNameNS(wml2, "MeasurementTVP").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagNameNS(wml2, "uom").item(0).getAttributes().getNamedItem("code").getNodeValue()).isEqualTo("hm3");
        assertThat(xml).contains("interpolationType/TotalPrec").contains("xlink:title=\"agreed\"").contains("qc: suspect range");

        String csv = server.get("reader", "/api/v1/datastreams/" + raw + "/export.csv?to=2026-04-03T00:00:00Z").body();
        assertThat(csv.lines()).containsExactly("phenomenonTime,result,unit,processingLevel,qcFlags",
                "2026-04-01T00:00:00Z/2026-04-02T00:00:00Z,12.0,hm3,agreed,",
                "2026-04-02T00:00:00Z/2026-04-03T00:00:00Z,10.0,hm3,raw,\"suspect range\"");
    }
}
