package org.riparian.store.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.util.Map;
import org.riparian.store.InvalidInputException;

/**
 * An observation's {@code resultQuality}: the QC flags on it, each with the rule that set it. Read only: quality
 * control sets it, a client cannot. {@link EntityReader} fills it in for every observation it reads.
 */
record QualityField() implements Field {

    @Override
    public String name() {
        return "resultQuality";
    }

    @Override
    public String column() {
        return "id";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Kind kind() {
        return Kind.JSON;
    }

    @Override
    public void write(JsonNode value, String path, Map<String, Object> columns) {
        throw new InvalidInputException(path, "is set by quality control (flags with the rule that set each), not by a client");
    }

    @Override
    public JsonNode read(ResultSet row) {
        return JSON.arrayNode();
    }
}
