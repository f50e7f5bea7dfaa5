/**
 * Simulation mode: the allocation LP solved step after step with reservoir storage and return flows carried over,
 * recorded into a {@link org.riparian.engine.simulation.SimulationResult} with its mass balance.
 */
package org.riparian.engine.simulation;
