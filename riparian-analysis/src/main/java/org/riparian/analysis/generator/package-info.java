/**
 * Stochastic multi-site inflow generation: a seasonal AR(1) on log flows per inflow with cross-site correlated
 * innovations, preserving each inflow's monthly mean, standard deviation and lag-1 correlation and the correlation
 * between inflows; its traces become hydrologies the basin can run.
 */
package org.riparian.analysis.generator;
