package org.riparian.store.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Node;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.Query;

/**
 * Puts a basin's stations into an empty store. Each station's Thing carries the node id, kind and basin in its
 * properties; its Location is a GeoJSON Feature without geometry, as the basin model has no coordinates.
 */
public final class BasinSeed {

    /** Observed properties of the regional vocabulary, with their definitions. */
    static final Map<String, String> PROPERTIES = vocabulary();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Principal SEED = Principal.system("basin seed");

    private final Store store;

    public BasinSeed(Store store) {
        this.store = store;
    }

    /** Seeds when the store holds no Thing yet; returns the number of stations made (0 when it was not empty). */
    public int seedIfEmpty(Basin basin) {
        long things = store.entities().list(SEED, EntityType.THING, Optional.empty(), new Query(Optional.empty(), List.of(), 0, 0, true))
                .count().orElseThrow();
        if (things > 0) {
            return 0;
        }
        Map<String, Long> properties = new LinkedHashMap<>();
        PROPERTIES.forEach((name, definition) -> properties.put(name, store.entities().create(SEED, EntityType.OBSERVED_PROPERTY,
                JSON.createObjectNode().put("name", name).put("definition", definition).put("description", name))));
        int stations = 0;
        for (Node node : basin.network().nodes()) {
            Optional<StationKind> kind = StationKind.of(node);
            if (kind.isPresent()) {
                store.entities().create(SEED, EntityType.THING, station(basin, node, kind.get(), properties));
                stations++;
            }
        }
        return stations;
    }

    private static ObjectNode station(Basin basin, Node node, StationKind kind, Map<String, Long> properties) {
        String name = kind.name().toLowerCase().replace('_', ' ');
        ObjectNode thing = JSON.createObjectNode().put("name", node.id()).put("description", name + " in the " + node.place().basin()
                + " basin (" + basin.name() + ")");
        thing.putObject("properties").put("country", node.country()).put("node", node.id()).put("kind", node.kind())
                .put("basin", node.place().basin());
        ObjectNode location = thing.putArray("Locations").addObject().put("name", node.id()).put("description", "site of " + node.id())
                .put("encodingType", "application/geo+json");
        location.putObject("location").put("type", "Feature").putNull("geometry").putObject("properties").put("node", node.id());
        location.putObject("properties").put("country", node.country());
        ArrayNode datastreams = thing.putArray("Datastreams");
        for (StationKind.Series series : kind.series()) {
            for (String level : series.levels()) {
                datastreams.add(datastream(node, series, level, properties.get(series.property())));
            }
        }
        return thing;
    }

    private static ObjectNode datastream(Node node, StationKind.Series series, String level, long property) {
        ObjectNode datastream = JSON.createObjectNode().put("name", node.id() + " " + series.property() + " (" + level + ")")
                .put("description", series.aggregation() + " " + series.property() + " at " + node.id() + ", " + level)
                .put("observationType", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement");
        datastream.putObject("unitOfMeasurement").put("name", series.unit()).put("symbol", series.unit()).put("definition", "");
        datastream.putObject("properties").put("processingLevel", level).put("aggregation", series.aggregation())
                .put("interpolationType", series.interpolation()).put("open", "agreed".equals(level));
        datastream.putObject("Sensor").put("name", node.id() + " " + series.property() + " sensor").put("description", series.property())
                .put("encodingType", "text/plain").put("metadata", "declared by the basin seed; replace with the station's sensor");
        datastream.putObject("ObservedProperty").put("@iot.id", property);
        return datastream;
    }

    private static Map<String, String> vocabulary() {
        Map<String, String> vocabulary = new LinkedHashMap<>();
        String base = "https://riparian.example/def/property/";
        for (String name : List.of("discharge", "stage", "reservoir level", "reservoir volume", "release", "withdrawal", "precipitation",
                "snow water equivalent", "glacier mass balance")) {
            vocabulary.put(name, base + name.replace(' ', '-'));
        }
        return vocabulary;
    }
}
