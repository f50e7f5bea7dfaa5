/**
 * The water-for-energy exchange: the same season run with every country operating its reservoirs for itself and
 * with the basin operated as one, the gain of cooperation, and a settlement in energy and money that leaves every
 * country at least as well off as acting alone.
 */
package org.riparian.analysis.exchange;
