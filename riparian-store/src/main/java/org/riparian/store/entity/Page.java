package org.riparian.store.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;

/** One page of entities; {@code count} when asked for; {@code more} when entities follow the page. */
public record Page(List<ObjectNode> entities, OptionalLong count, boolean more) {
}
