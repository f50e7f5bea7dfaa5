package org.riparian.store.observation;

import java.util.Objects;
import org.riparian.store.InvalidInputException;

/**
 * One observation as delivered, already in its datastream's unit. {@code source} names where it came from
 * ("line 12", "dataArray[3]") so that a refusal can point at it. The phenomenon time is an instant when
 * {@code endMs == startMs}, else an interval.
 */
public record ObservationInput(long datastreamId, long startMs, long endMs, double result, Long resultTimeMs,
        String parameters, Long featureOfInterestId, String source) {

    /** The mark in {@code parameters} of a value generated (a demo data set) rather than observed at a station. */
    public static final String SYNTHETIC = "\"synthetic\":true";

    public ObservationInput {
        if (!Double.isFinite(result)) {
            throw new InvalidInputException(source + ".result", "expected a finite number, found " + result);
        }
        if (endMs < startMs) {
            throw new InvalidInputException(source + ".phenomenonTime", "the interval ends before it starts");
        }
    }

    public static ObservationInput at(long datastreamId, long atMs, double result, String source) {
        return new ObservationInput(datastreamId, atMs, atMs, result, null, null, null, source);
    }

    /** Its identity within the datastream. */
    StoredObservation.Key key() {
        return new StoredObservation.Key(startMs, endMs);
    }

    ObservationInput withFeatureOfInterest(long id) {
        return new ObservationInput(datastreamId, startMs, endMs, result, resultTimeMs, parameters, id, source);
    }

    /** Whether a stored revision carries the same value: then a re-delivery is a no-op. */
    boolean sameAs(StoredObservation stored) {
        return Double.compare(result, stored.result()) == 0 && Objects.equals(resultTimeMs, stored.resultTimeMs())
                && Objects.equals(parameters, stored.parameters());
    }

    boolean sameAs(ObservationInput other) {
        return Double.compare(result, other.result) == 0 && Objects.equals(resultTimeMs, other.resultTimeMs)
                && Objects.equals(parameters, other.parameters);
    }
}
