package org.riparian.store.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.basin.Basin;
import org.riparian.model.network.Node;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.entity.EntityType;
import org.riparian.store.query.FilterParser;
import org.riparian.store.query.Query;

/**
 * Puts a basin's stations into an empty store. Each station's Thing carries the node id, kind and basin in its
 * properties; its Location is a GeoJSON Feature without geometry, as the basin model has no coordinates. The meter
 * station of each energy delivery is a Thing of the supplying country with a "delivered electricity" datastream.
 */
public final class BasinSeed {

    /** The observed property of the electricity a meter station counts as delivered, GWh per day. */
    public static final String DELIVERED_ELECTRICITY = "delivered electricity";

    /** Observed properties of the regional vocabulary, with their definitions. */
    static final Map<String, String> PROPERTIES = vocabulary();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Principal SEED = Principal.system("basin seed");

    private final Store store;

    public BasinSeed(Store store) {
        this.store = store;
    }

    /** A place where something is measured: a node of the basin, or an energy meter. */
    private record Site(String name, String country, String kind, String basin, StationKind station) {
    }

    /** Seeds when the store holds no Thing yet; returns the number of stations made (0 when it was not empty). */
    public int seedIfEmpty(Basin basin) {
        if (things() > 0) {
            return 0;
        }
        Map<String, Long> properties = new LinkedHashMap<>();
        PROPERTIES.forEach((name, definition) -> properties.put(name, property(name, definition)));
        int stations = 0;
        for (Node node : basin.network().nodes()) {
            Optional<StationKind> kind = StationKind.of(node);
            if (kind.isPresent()) {
                store.entities().create(SEED, EntityType.THING, station(basin.name(),
                        new Site(node.id(), node.country(), node.kind(), node.place().basin(), kind.get()), properties));
                stations++;
            }
        }
        return stations + addMeters(basin.name(), basin.network().agreements().stream().filter(EnergyDelivery.class::isInstance)
                .map(EnergyDelivery.class::cast).toList());
    }

    /**
     * Adds the meter station of each delivery that has none yet (and the observed property, in a store seeded before
     * it existed); returns how many were made. Deliveries sharing a meter share its station.
     */
    public int addMeters(String basinName, List<EnergyDelivery> deliveries) {
        int made = 0;
        for (EnergyDelivery delivery : deliveries) {
            if (store.observations().datastreamAt(delivery.measuredAt(), DELIVERED_ELECTRICITY).isEmpty()) {
                long property = propertyId(DELIVERED_ELECTRICITY);
                Site meter = new Site(delivery.measuredAt(), delivery.fromCountry(), "energy-meter", delivery.basin(), StationKind.ENERGY_METER);
                store.entities().create(SEED, EntityType.THING, station(basinName, meter, Map.of(DELIVERED_ELECTRICITY, property)));
                made++;
            }
        }
        return made;
    }

    private long propertyId(String name) {
        Query named = new Query(Optional.of(FilterParser.parse("name eq '" + name + "'")), List.of(), 1, 0, false);
        return store.entities().list(SEED, EntityType.OBSERVED_PROPERTY, Optional.empty(), named).entities().stream()
                .map(found -> found.get("@iot.id").asLong()).findFirst().orElseGet(() -> property(name, PROPERTIES.get(name)));
    }

    private long property(String name, String definition) {
        return store.entities().create(SEED, EntityType.OBSERVED_PROPERTY,
                JSON.createObjectNode().put("name", name).put("definition", definition).put("description", name));
    }

    private long things() {
        return store.entities().list(SEED, EntityType.THING, Optional.empty(), new Query(Optional.empty(), List.of(), 0, 0, true))
                .count().orElseThrow();
    }

    private static ObjectNode station(String basinName, Site site, Map<String, Long> properties) {
        String name = site.station().name().toLowerCase().replace('_', ' ');
        ObjectNode thing = JSON.createObjectNode().put("name", site.name()).put("description", name + " in the " + site.basin()
                + " basin (" + basinName + ")");
        thing.putObject("properties").put("country", site.country()).put("node", site.name()).put("kind", site.kind())
                .put("basin", site.basin());
        ObjectNode location = thing.putArray("Locations").addObject().put("name", site.name()).put("description", "site of " + site.name())
                .put("encodingType", "application/geo+json");
        location.putObject("location").put("type", "Feature").putNull("geometry").putObject("properties").put("node", site.name());
        location.putObject("properties").put("country", site.country());
        ArrayNode datastreams = thing.putArray("Datastreams");
        for (StationKind.Series series : site.station().series()) {
            for (String level : series.levels()) {
                datastreams.add(datastream(site.name(), series, level, properties.get(series.property())));
            }
        }
        return thing;
    }

    private static ObjectNode datastream(String site, StationKind.Series series, String level, long property) {
        ObjectNode datastream = JSON.createObjectNode().put("name", site + " " + series.property() + " (" + level + ")")
                .put("description", series.aggregation() + " " + series.property() + " at " + site + ", " + level)
                .put("observationType", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement");
        datastream.putObject("unitOfMeasurement").put("name", series.unit()).put("symbol", series.unit()).put("definition", "");
        datastream.putObject("properties").put("processingLevel", level).put("aggregation", series.aggregation())
                .put("interpolationType", series.interpolation()).put("open", "agreed".equals(level));
        datastream.putObject("Sensor").put("name", site + " " + series.property() + " sensor").put("description", series.property())
                .put("encodingType", "text/plain").put("metadata", "declared by the basin seed; replace with the station's sensor");
        datastream.putObject("ObservedProperty").put("@iot.id", property);
        return datastream;
    }

    private static Map<String, String> vocabulary() {
        Map<String, String> vocabulary = new LinkedHashMap<>();
        String base = "https://riparian.example/def/property/";
        for (String name : List.of("discharge", "stage", "reservoir level", "reservoir volume", "release", "withdrawal", "precipitation",
                "snow water equivalent", "glacier mass balance", DELIVERED_ELECTRICITY)) {
            vocabulary.put(name, base + name.replace(' ', '-'));
        }
        return vocabulary;
    }
}
