package org.riparian.server.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riparian.server.http.Json;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Times;
import org.riparian.store.datastream.Datastream;
import org.riparian.store.observation.ObservationInput;
import org.riparian.store.observation.Observations;
import org.riparian.store.unit.Unit;

/**
 * One MQTT message on {@code v1.1/Datastreams(ID)/Observations} (or v1.0): a SensorThings Observation in JSON,
 * {@code {"phenomenonTime": ..., "result": ..., "resultTime": ...}}, optionally with Riparian's
 * {@code "unitOfMeasurement": {"symbol": "l/s"}} when the station reports in another unit than the datastream's.
 */
final class TelemetryMessage {

    static final Pattern TOPIC = Pattern.compile("v1\\.[01]/Datastreams\\((\\d{1,18})\\)/Observations");

    private TelemetryMessage() {
    }

    static ObservationInput parse(String topic, byte[] payload, Observations observations) {
        Matcher matcher = TOPIC.matcher(topic);
        if (!matcher.matches()) {
            throw new InvalidInputException("topic", "'" + Times.abbreviate(topic) + "', expected v1.1/Datastreams(ID)/Observations");
        }
        Datastream datastream = observations.datastream(Long.parseLong(matcher.group(1)));
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("payload", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject() || !body.path("phenomenonTime").isTextual()) {
            throw new InvalidInputException("payload", "expected an Observation such as {\"phenomenonTime\": \"2026-04-01T06:00:00Z\", \"result\": 412.5}");
        }
        long[] time = Times.parseInterval(body.get("phenomenonTime").textValue(), "phenomenonTime");
        JsonNode result = body.path("result");
        if (!result.isNumber() || !Double.isFinite(result.doubleValue())) {
            throw new InvalidInputException("result", "expected a finite number, found " + result);
        }
        Unit unit = body.has("unitOfMeasurement") ? Unit.of(body.path("unitOfMeasurement").path("symbol").asText(), "unitOfMeasurement.symbol")
                : datastream.unit();
        Long resultTime = body.path("resultTime").isTextual() ? Times.parse(body.get("resultTime").textValue(), "resultTime") : null;
        return new ObservationInput(datastream.id(), time[0], time[1], unit.convert(result.doubleValue(), datastream.unit(), "result"),
                resultTime, null, null, topic);
    }
}
