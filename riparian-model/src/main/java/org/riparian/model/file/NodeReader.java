package org.riparian.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Ids;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Node;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;

/**
 * Reads one entry of {@code nodes:} into the node record of its kind; the fields each kind allows are listed here.
 * Each kind's reader reads and checks its fields, then hands back the record's constructor call, which runs only when
 * reading reported nothing, so every optional part it takes is then present.
 */
final class NodeReader {

    private static final List<String> COMMON = List.of("id", "kind", "country", "basin", "name", "description", "source");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "inflow", List.of("series", "climatology"),
            "junction", List.of("minimum_flow"),
            "gauge", List.of("minimum_flow"),
            "reservoir", List.of("status", "dead_storage", "full_storage", "initial_storage", "level_storage_area",
                    "evaporation", "target_storage", "max_release"),
            "hydropower", List.of("status", "turbine_max_flow", "efficiency", "installed_capacity", "head", "reservoir",
                    "tailwater_level"),
            "demand", List.of("use", "demand", "priority", "consumptive_fraction", "return_node", "return_lag"),
            "canal", List.of("capacity", "loss_fraction"),
            "terminal", List.of("level_storage_area", "initial_volume"));
    private static final String KINDS = "inflow, junction, gauge, reservoir, hydropower, demand, canal or terminal";
    private static final String ID = "an id of letters, digits, '_', '-' and '.', starting with a letter";
    private static final String COUNTRY = "an ISO 3166 alpha-3 code in upper case such as KGZ";
    private static final int LOWEST_PRIORITY = 1_000_000;

    private final SeriesReader series;

    NodeReader(SeriesReader series) {
        this.series = series;
    }

    /** The node's entry under a readable label: {@code nodes[toktogul]} when its id is usable, else its index. */
    static Field labelled(Field item) {
        return item.optional("id").flatMap(Field::scalarText).filter(Ids::isValid).map(item::labelled).orElse(item);
    }

    Optional<Node> read(Field at) {
        if (!at.isMapping()) {
            at.problem("is " + (at.scalarText().isPresent() ? "a single value" : "a list") + ", expected a node: a mapping"
                    + " with id:, kind:, country: and basin:");
            return Optional.empty();
        }
        return at.kind(FIELDS.keySet(), KINDS).flatMap(kind -> read(at, kind));
    }

    private Optional<Node> read(Field at, String kind) {
        int before = at.problems().count();
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        at.allowOnly(allowed, "a " + kind + " node");
        Supplier<Node> constructor = constructor(at, kind);
        return at.problems().count() > before ? Optional.empty() : at.build(constructor);
    }

    private Supplier<Node> constructor(Field at, String kind) {
        String id = at.required("id", ID).text(ID);
        at.optional("name").ifPresent(name -> name.text("a name"));
        at.optional("description").ifPresent(description -> description.text("a description"));
        at.optional("source").ifPresent(source -> source.text("where the figures come from"));
        String country = country(at.required("country", COUNTRY));
        String basin = at.required("basin", "the name of the river basin").text("the name of the river basin");
        return switch (kind) {
            case "inflow" -> inflow(at, id, country, basin);
            case "junction", "gauge" -> junction(at, id, country, basin, kind.equals("gauge"));
            case "reservoir" -> reservoir(at, id, country, basin);
            case "hydropower" -> hydropower(at, id, country, basin);
            case "demand" -> demand(at, id, country, basin);
            case "canal" -> canal(at, id, country, basin);
            default -> terminal(at, id, country, basin);
        };
    }

    private Supplier<Node> inflow(Field at, String id, String country, String basin) {
        var flow = series.series(at.required("series", "a series of flows or volumes"));
        var climatology = at.optional("climatology").map(Climatologies::read);
        return () -> new Inflow(id, new Place(country, basin), flow.orElseThrow(), climatology.map(Optional::orElseThrow));
    }

    private Supplier<Node> junction(Field at, String id, String country, String basin, boolean gauge) {
        var minimum = at.optional("minimum_flow").map(series::monthlyProfile);
        return () -> new Junction(id, new Place(country, basin), gauge, minimum.map(Optional::orElseThrow));
    }

    private Supplier<Node> reservoir(Field at, String id, String country, String basin) {
        Status status = status(at);
        double dead = at.required("dead_storage", Dimension.VOLUME.expectation()).quantity(Dimension.VOLUME);
        double full = at.required("full_storage", Dimension.VOLUME.expectation()).quantity(Dimension.VOLUME);
        double initial = at.required("initial_storage", Dimension.VOLUME.expectation()).quantity(Dimension.VOLUME);
        var curve = Curves.levelStorageArea(at.required("level_storage_area", Curves.EXPECTED));
        var evaporation = at.optional("evaporation").map(table -> Tables.monthly(table, Dimension.DEPTH));
        var target = at.optional("target_storage").map(table -> Tables.monthly(table, Dimension.VOLUME));
        var maxRelease = at.optional("max_release").map(field -> field.quantity(Dimension.FLOW));
        return () -> new Reservoir(id, new Place(country, basin), status, dead, full, initial, curve.orElseThrow(),
                evaporation.map(MonthlyValues::new).orElseGet(MonthlyValues::zero), target.map(MonthlyValues::new), maxRelease);
    }

    private Supplier<Node> hydropower(Field at, String id, String country, String basin) {
        Status status = status(at);
        double turbine = at.required("turbine_max_flow", Dimension.FLOW.expectation()).quantity(Dimension.FLOW);
        double efficiency = at.required("efficiency", "a fraction such as 0.88").fraction();
        double installed = at.required("installed_capacity", Dimension.POWER.expectation()).quantity(Dimension.POWER);
        var head = at.optional("head").map(field -> field.quantity(Dimension.LEVEL));
        var reservoir = at.optional("reservoir").map(field -> field.text("the id of a reservoir node"));
        var tailwater = at.optional("tailwater_level").map(field -> field.quantity(Dimension.LEVEL));
        return () -> new Hydropower(id, new Place(country, basin), status, turbine, efficiency, installed, reservoir,
                tailwater, head);
    }

    private Supplier<Node> demand(Field at, String id, String country, String basin) {
        Field useField = at.required("use", "irrigation, municipal or industrial");
        String useText = useField.text("irrigation, municipal or industrial");
        DemandUse use = useText.isEmpty() ? DemandUse.IRRIGATION : useField.parsed(() -> DemandUse.parse(useText), DemandUse.IRRIGATION);
        var demand = series.series(at.required("demand", "a series of volumes or flows"));
        int priority = at.required("priority", "a whole number, 1 served first").integer(1, LOWEST_PRIORITY);
        double consumptive = at.optional("consumptive_fraction").map(Field::fraction).orElse(1.0);
        var returnNode = at.optional("return_node").map(field -> field.text("the id of a node"));
        int lag = at.optional("return_lag").map(field -> field.integer(0, 1)).orElse(0);
        return () -> new Demand(id, new Place(country, basin), use, demand.orElseThrow(), priority, consumptive, returnNode, lag);
    }

    private Supplier<Node> canal(Field at, String id, String country, String basin) {
        double capacity = at.required("capacity", Dimension.FLOW.expectation()).quantity(Dimension.FLOW);
        double loss = at.optional("loss_fraction").map(Field::fraction).orElse(0.0);
        return () -> new Canal(id, new Place(country, basin), capacity, loss);
    }

    private Supplier<Node> terminal(Field at, String id, String country, String basin) {
        var curve = at.optional("level_storage_area").map(Curves::levelStorageArea);
        var initial = at.optional("initial_volume").map(field -> field.quantity(Dimension.VOLUME));
        return () -> new Terminal(id, new Place(country, basin), curve.map(Optional::orElseThrow), initial);
    }

    /** Checked here, not only by {@link Place}, so a bad code is reported even when another field of the node fails. */
    static String country(Field field) {
        String code = field.text(COUNTRY);
        if (!code.isEmpty() && !Place.isCountryCode(code)) {
            field.problem("'" + code + "' is not a country code, expected " + COUNTRY);
        }
        return code;
    }

    private static Status status(Field at) {
        return at.optional("status").map(field -> {
            String text = field.text("existing or planned");
            return field.parsed(() -> parseStatus(text), Status.EXISTING);
        }).orElse(Status.EXISTING);
    }

    private static Status parseStatus(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "existing" -> Status.EXISTING;
            case "planned" -> Status.PLANNED;
            default -> throw new IllegalArgumentException("unknown status '" + text + "', expected existing or planned");
        };
    }
}
