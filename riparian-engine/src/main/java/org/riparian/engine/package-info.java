/**
 * Riparian's allocation engine: turns a basin network and its time axis into per-step flows, storages, deliveries and
 * energy by linear programming. {@link org.riparian.engine.EngineException} is the root of what it refuses.
 */
package org.riparian.engine;
