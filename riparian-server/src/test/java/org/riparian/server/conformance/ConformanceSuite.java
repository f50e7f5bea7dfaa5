package org.riparian.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import org.junit.jupiter.api.Test;
import org.riparian.server.HydrometServer;
import org.riparian.store.Store;
import org.riparian.store.StoreSettings;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.testing.Stations;
import org.riparian.store.testing.TestDatabases;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs {@code org.opengis.cite:ets-sta10:1.5} (conformance levels 1 sensing core, 2 create-update-delete,
 * 3 filtering) against a throwaway server, seeded with one station and observation (level 1 reads what exists), whose
 * token-less callers act as an admin, as the suite sends no token.
 * Writes the result per test method to {@code target/cite-summary.txt}. Only in the {@code cite} profile; the suite is
 * reached by reflection so that the default build compiles without it.
 */
class ConformanceSuite {

    @Test
    void etsSta10() throws Exception {
        StoreSettings settings = TestDatabases.h2();
        try (Store store = Store.open(settings);
             HydrometServer server = HydrometServer.start(store, "127.0.0.1", 0,
                     Principal.of("conformance suite", Role.ADMIN, "KGZ"))) {
            long datastream = new Stations(store).dischargeAt("Naryn at Uch-Kurgan", "KGZ");
            store.observations().deliver(Stations.ADMIN, List.of(ObservationInput.at(datastream, 1_775_000_000_000L, 412.5, "seed")));
            Path dir = Files.createTempDirectory("ets-sta10-");
            Path properties = dir.resolve("test-run-props.xml");
            Files.writeString(properties, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <properties version="1.0">
                      <entry key="iut">http://127.0.0.1:%d/sta/v1.0</entry>
                      <entry key="ics">3</entry>
                    </properties>
                    """.formatted(server.port()));
            Object controller = Class.forName("org.opengis.cite.sta10.TestNGController").getConstructor(String.class)
                    .newInstance(dir.toUri().toString());
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document arguments = factory.newDocumentBuilder().parse(properties.toFile());
            Source results = (Source) controller.getClass().getMethod("doTestRun", Document.class).invoke(controller, arguments);
            Map<String, int[]> counts = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            summarise(new File(java.net.URI.create(results.getSystemId())), counts, failures);
            StringBuilder summary = new StringBuilder();
            counts.forEach((test, c) -> summary.append(test).append(": ").append(c[0]).append(" passed, ").append(c[1]).append(" failed, ")
                    .append(c[2]).append(" skipped\n"));
            failures.forEach(f -> summary.append("  FAIL ").append(f).append('\n'));
            Files.writeString(Path.of("target", "cite-summary.txt"), summary);
            System.out.println(summary);
            assertThat(counts).isNotEmpty();
        } finally {
            TestDatabases.drop(settings);
        }
    }

    private static void summarise(File results, Map<String, int[]> counts, List<String> failures) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(results);
        NodeList tests = document.getElementsByTagName("test");
        for (int t = 0; t < tests.getLength(); t++) {
            Element test = (Element) tests.item(t);
            int[] c = counts.computeIfAbsent(test.getAttribute("name"), n -> new int[3]);
            NodeList methods = test.getElementsByTagName("test-method");
            for (int m = 0; m < methods.getLength(); m++) {
                Element method = (Element) methods.item(m);
                if ("true".equals(method.getAttribute("is-config"))) {
                    continue;
                }
                switch (method.getAttribute("status")) {
                    case "PASS" -> c[0]++;
                    case "FAIL" -> {
                        c[1]++;
                        NodeList messages = method.getElementsByTagName("message");
                        String message = messages.getLength() == 0 ? "" : messages.item(0).getTextContent().trim();
                        failures.add(test.getAttribute("name") + " " + method.getAttribute("name") + ": "
                                + (message.length() > 300 ? message.substring(0, 300) + "..." : message).replace('\n', ' '));
                    }
                    default -> c[2]++;
                }
            }
        }
    }
}
