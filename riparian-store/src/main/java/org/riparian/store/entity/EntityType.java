package org.riparian.store.entity;

import org.riparian.store.Times;
import java.util.List;
import java.util.Optional;
import org.riparian.store.InvalidInputException;
import org.riparian.store.entity.Navigation.Join;

/** The eight SensorThings entity types: their set names, tables, fields and navigation properties. */
public enum EntityType {
    THING("Things", "Thing", "thing"),
    LOCATION("Locations", "Location", "location"),
    HISTORICAL_LOCATION("HistoricalLocations", "HistoricalLocation", "historical_location"),
    SENSOR("Sensors", "Sensor", "sensor"),
    OBSERVED_PROPERTY("ObservedProperties", "ObservedProperty", "observed_property"),
    DATASTREAM("Datastreams", "Datastream", "datastream"),
    OBSERVATION("Observations", "Observation", "observation"),
    FEATURE_OF_INTEREST("FeaturesOfInterest", "FeatureOfInterest", "feature_of_interest");

    private final String setName;
    private final String singular;
    private final String table;

    EntityType(String setName, String singular, String table) {
        this.setName = setName;
        this.singular = singular;
        this.table = table;
    }

    public String setName() {
        return setName;
    }

    public String singular() {
        return singular;
    }

    public String table() {
        return table;
    }

    public List<Field> fields() {
        return switch (this) {
            case THING -> List.of(nameField(), descriptionField(), PropertiesField.owned());
            case LOCATION -> List.of(nameField(), descriptionField(), encodingTypeField(), new JsonField("location", "location", true, false),
                    PropertiesField.owned());
            case HISTORICAL_LOCATION -> List.of(TimeField.instant("time", "time_ms", true));
            case SENSOR -> List.of(nameField(), descriptionField(), encodingTypeField(), new JsonField("metadata", "metadata", true, false),
                    PropertiesField.owned());
            case OBSERVED_PROPERTY -> List.of(nameField(), new TextField("definition", "definition", true, 500), descriptionField(),
                    PropertiesField.plain());
            case DATASTREAM -> List.of(nameField(), descriptionField(), new TextField("observationType", "observation_type", true, 200),
                    new UnitField(), PropertiesField.ofDatastream());
            case OBSERVATION -> List.of(TimeField.interval("phenomenonTime", "phenomenon_start_ms", "phenomenon_end_ms"),
                    new NumberField("result", "result", true), TimeField.instant("resultTime", "result_time_ms", false),
                    new JsonField("parameters", "parameters", false, true), new QualityField());
            case FEATURE_OF_INTEREST -> List.of(nameField(), descriptionField(), encodingTypeField(), new JsonField("feature", "feature", true, false),
                    PropertiesField.owned());
        };
    }

    public List<Navigation> navigations() {
        return switch (this) {
            case THING -> List.of(
                    new Navigation("Locations", LOCATION, new Join.Linked("thing_location", "thing_id", "location_id")),
                    new Navigation("HistoricalLocations", HISTORICAL_LOCATION, new Join.Owning("thing_id")),
                    new Navigation("Datastreams", DATASTREAM, new Join.Owning("thing_id")));
            case LOCATION -> List.of(
                    new Navigation("Things", THING, new Join.Linked("thing_location", "location_id", "thing_id")),
                    new Navigation("HistoricalLocations", HISTORICAL_LOCATION,
                            new Join.Linked("historical_location_location", "location_id", "historical_location_id")));
            case HISTORICAL_LOCATION -> List.of(
                    new Navigation("Thing", THING, new Join.Owned("thing_id")),
                    new Navigation("Locations", LOCATION,
                            new Join.Linked("historical_location_location", "historical_location_id", "location_id")));
            case SENSOR -> List.of(new Navigation("Datastreams", DATASTREAM, new Join.Owning("sensor_id")));
            case OBSERVED_PROPERTY -> List.of(new Navigation("Datastreams", DATASTREAM, new Join.Owning("observed_property_id")));
            case DATASTREAM -> List.of(
                    new Navigation("Thing", THING, new Join.Owned("thing_id")),
                    new Navigation("Sensor", SENSOR, new Join.Owned("sensor_id")),
                    new Navigation("ObservedProperty", OBSERVED_PROPERTY, new Join.Owned("observed_property_id")),
                    new Navigation("Observations", OBSERVATION, new Join.Owning("datastream_id")));
            case OBSERVATION -> List.of(
                    new Navigation("Datastream", DATASTREAM, new Join.Owned("datastream_id")),
                    new Navigation("FeatureOfInterest", FEATURE_OF_INTEREST, new Join.Owned("feature_of_interest_id")));
            case FEATURE_OF_INTEREST -> List.of(new Navigation("Observations", OBSERVATION, new Join.Owning("feature_of_interest_id")));
        };
    }

    public Optional<Field> field(String fieldName) {
        return fields().stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<Navigation> navigation(String navigationName) {
        return navigations().stream().filter(n -> n.name().equals(navigationName)).findFirst();
    }

    /** Whether rows of this type carry a country column. */
    public boolean hasCountry() {
        return this != OBSERVED_PROPERTY && this != HISTORICAL_LOCATION && this != OBSERVATION;
    }

    public static Optional<EntityType> ofSet(String set) {
        for (EntityType type : values()) {
            if (type.setName.equals(set)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static EntityType requireSet(String set) {
        return ofSet(set).orElseThrow(() -> new InvalidInputException("path", "'" + Times.abbreviate(set)
                + "' is not an entity set, expected Things, Locations, HistoricalLocations, Sensors, ObservedProperties, Datastreams, Observations or FeaturesOfInterest"));
    }

    private static Field nameField() {
        return new TextField("name", "name", true, 200);
    }

    private static Field descriptionField() {
        return new TextField("description", "description", true, 2000);
    }

    private static Field encodingTypeField() {
        return new TextField("encodingType", "encoding_type", true, 100);
    }
}
