package org.riparian.engine.allocation;

import org.riparian.model.series.MonthlyProfile;

/**
 * A soft lower bound on the water passing a node: the flow out of a gauge, or the inflow into a terminal. Served
 * before any demand when the water exists; a deficit is reported, never hidden.
 */
public record Requirement(String name, String node, boolean intoTerminal, MonthlyProfile flow) {
}
