/**
 * Ensembles: the engine run over many generated inflow traces on one machine (one immutable network per trace, runs
 * spread over threads), summarised per demand and country by reliability, resilience and vulnerability, and by the
 * distribution of terminal (Aral Sea) inflows and of energy.
 */
package org.riparian.analysis.ensemble;
