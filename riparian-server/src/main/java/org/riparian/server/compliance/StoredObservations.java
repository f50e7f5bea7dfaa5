package org.riparian.server.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riparian.analysis.compliance.ObservedDecades;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.store.Store;
import org.riparian.store.aggregate.Aggregate;
import org.riparian.store.aggregate.Aggregation;
import org.riparian.store.aggregate.Step;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.observation.BestValue;
import org.riparian.store.seed.BasinSeed;
import org.riparian.store.unit.Unit;

/**
 * The store's best available values, as it held them at one instant, aggregated to decades in the calendar of one
 * UTC offset. A station is the Thing named after its node; a flow series in l/s is converted to m³/s, a series of
 * daily volumes (hm³, m³, km³) becomes the mean flow over the days observed, a storage series becomes hm³, and a
 * meter station's delivered electricity becomes GWh.
 */
public final class StoredObservations implements ObservedDecades {

    private static final String VOLUME = "reservoir volume";
    private static final long DAY_MS = 86_400_000L;

    private final Store store;
    private final long asOfMs;
    private final ZoneOffset offset;
    private final Map<String, Optional<Datastream>> datastreams = new HashMap<>();

    public StoredObservations(Store store, Instant asOf, ZoneOffset offset) {
        this.store = store;
        this.asOfMs = asOf.toEpochMilli();
        this.offset = offset;
    }

    @Override
    public Optional<DecadeMean> meanFlowM3s(String node, Flow flow, LocalDate decadeStart) {
        return datastream(node, flow.property()).flatMap(datastream -> decade(datastream, decadeStart).map(mean -> {
            double flowM3s = datastream.unit().dimension() == Unit.Dimension.VOLUME
                    ? Volumes.m3sFromHm3(datastream.unit().convert(mean.total(), Unit.CUBIC_HECTOMETRE, "unitOfMeasurement"), mean.days())
                    : datastream.unit().convert(mean.value(), Unit.CUBIC_METRE_PER_SECOND, "unitOfMeasurement");
            return new DecadeMean(flowM3s, mean.days(), mean.synthetic());
        }));
    }

    @Override
    public Optional<DecadeMean> meanVolumeHm3(String reservoir, LocalDate decadeStart) {
        return datastream(reservoir, VOLUME).flatMap(datastream -> decade(datastream, decadeStart).map(mean -> new DecadeMean(
                datastream.unit().convert(mean.value(), Unit.CUBIC_HECTOMETRE, "unitOfMeasurement"), mean.days(), mean.synthetic())));
    }

    /**
     * The values with phenomenon start in the period, each counted for the part of its phenomenon time inside it (an
     * instant counts as the day it starts), converted to GWh from the meter's unit (GWh or MWh).
     */
    @Override
    public Optional<Delivered> deliveredGwh(String meter, LocalDate from, LocalDate toExclusive) {
        return datastream(meter, BasinSeed.DELIVERED_ELECTRICITY).flatMap(datastream -> {
            long fromMs = from.atStartOfDay().toInstant(offset).toEpochMilli();
            long toMs = toExclusive.atStartOfDay().toInstant(offset).toEpochMilli();
            List<BestValue> values = store.observations().bestAvailableAsOf(datastream.id(), asOfMs, fromMs, toMs);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            double gwh = 0;
            double days = 0;
            for (BestValue value : values) {
                long lengthMs = Math.max(value.endMs() - value.startMs(), DAY_MS);
                double inside = (double) (Math.min(value.startMs() + lengthMs, toMs) - value.startMs()) / lengthMs;
                gwh += datastream.unit().convert(value.result(), Unit.GIGAWATT_HOUR, "unitOfMeasurement") * inside;
                days += inside * lengthMs / DAY_MS;
            }
            return Optional.of(new Delivered(gwh, days, store.observations().anySynthetic(datastream.id(), fromMs, toMs)));
        });
    }

    /** One decade of a series: its aggregate (sum for totals, else mean), the sum, and on how many days it rests. */
    private record Decade(double value, double total, int days, boolean synthetic) {
    }

    private Optional<Decade> decade(Datastream datastream, LocalDate decadeStart) {
        long from = decadeStart.atStartOfDay().toInstant(offset).toEpochMilli();
        long to = DecadeCalendar.nextDecadeStart(decadeStart).atStartOfDay().toInstant(offset).toEpochMilli();
        List<BestValue> values = store.observations().bestAvailableAsOf(datastream.id(), asOfMs, from, to);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Aggregate aggregate = Aggregation.of(values, datastream.interpolation(), Step.DECADE, offset).get(0);
        double total = values.stream().mapToDouble(BestValue::result).sum();
        long days = values.stream().map(v -> Instant.ofEpochMilli(v.startMs()).atOffset(offset).toLocalDate()).distinct().count();
        return Optional.of(new Decade(aggregate.value(), total, (int) days, store.observations().anySynthetic(datastream.id(), from, to)));
    }

    private Optional<Datastream> datastream(String node, String property) {
        return datastreams.computeIfAbsent(node + "\n" + property, key -> store.observations().datastreamAt(node, property));
    }
}
