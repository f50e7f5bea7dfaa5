package org.riparian.store.datastream;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.riparian.store.NotFoundException;
import org.riparian.store.unit.Unit;

/** Reads datastreams typed. */
public final class Datastreams {

    private Datastreams() {
    }

    public static Datastream require(Handle handle, long id) {
        return find(handle, id).orElseThrow(() -> new NotFoundException("Datastream", id));
    }

    public static Optional<Datastream> find(Handle handle, long id) {
        return handle.createQuery("select * from datastream where id = :id").bind("id", id).map((rs, ctx) -> of(rs)).findOne();
    }

    /** The datastreams of one series: same thing, observed property and aggregation, any level. */
    public static List<Datastream> series(Handle handle, Datastream member) {
        return handle.createQuery("select * from datastream where thing_id = :thing and observed_property_id = :property and aggregation = :aggregation")
                .bind("thing", member.thingId()).bind("property", member.observedPropertyId()).bind("aggregation", member.aggregation())
                .map((rs, ctx) -> of(rs)).list();
    }

    /** A datastream of the series of one observed property at a station, the Thing named {@code thing}; any level. */
    public static Optional<Datastream> at(Handle handle, String thing, String property) {
        return handle.createQuery("""
                select d.* from datastream d join thing t on t.id = d.thing_id join observed_property p on p.id = d.observed_property_id
                where t.name = :thing and p.name = :property order by d.id""")
                .bind("thing", thing).bind("property", property).map((rs, ctx) -> of(rs)).findFirst();
    }

    public static List<Datastream> all(Handle handle) {
        return handle.createQuery("select * from datastream order by id").map((rs, ctx) -> of(rs)).list();
    }

    static Datastream of(ResultSet rs) throws SQLException {
        return new Datastream(rs.getLong("id"), rs.getString("name"), rs.getString("country").strip(), rs.getLong("thing_id"),
                rs.getLong("observed_property_id"), ProcessingLevel.of(rs.getString("processing_level"), "processingLevel"),
                rs.getString("aggregation"), Interpolation.of(rs.getString("interpolation"), "interpolationType"),
                Unit.declared(rs.getString("unit_symbol"), "unitOfMeasurement"), rs.getBoolean("open_data"));
    }
}
