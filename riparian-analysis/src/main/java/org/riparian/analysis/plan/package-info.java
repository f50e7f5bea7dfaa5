/**
 * The season plan as water managers read it, shared by {@code riparian plan} and the server: the engine's run
 * (simulated or optimised) and its summary per step and country, terminal inflows, main reservoirs and economics.
 */
package org.riparian.analysis.plan;
