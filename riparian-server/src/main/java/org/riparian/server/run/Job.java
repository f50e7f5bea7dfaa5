package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.riparian.engine.simulation.Progress;
import org.riparian.server.http.Json;

/** One run asked for over HTTP: what was asked, where it stands, and its result or why it failed. */
public final class Job implements Progress {

    /** Where a run stands. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    private final long id;
    private final String kind;
    private final JsonNode request;
    private final Instant submitted = Instant.now();
    private volatile Status status = Status.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile JsonNode result;
    private volatile String error;

    Job(long id, String kind, JsonNode request) {
        this.id = id;
        this.kind = kind;
        this.request = request;
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    @Override
    public synchronized void stepDone(int doneSteps, int totalSteps) {
        done = doneSteps;
        total = totalSteps;
    }

    void running() {
        status = Status.RUNNING;
    }

    void finished(JsonNode value) {
        result = value;
        status = Status.DONE;
    }

    void failed(String message) {
        error = message;
        status = Status.FAILED;
    }

    /** The job as JSON: id, kind, request, status and progress; with {@code withResult} also the result or the error. */
    public ObjectNode toJson(boolean withResult) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("id", id).put("kind", kind).put("submitted", submitted.toString())
                .put("status", status.name().toLowerCase());
        json.set("request", request);
        json.putObject("progress").put("done", done).put("total", total);
        if (error != null) {
            json.put("error", error);
        }
        if (withResult && result != null) {
            json.set("result", result);
        }
        return json;
    }
}
