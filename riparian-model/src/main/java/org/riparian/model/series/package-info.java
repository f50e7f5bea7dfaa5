/** Quantities over time (monthly profiles, recorded volumes) resampled to any time axis by volume, never by rate. */
package org.riparian.model.series;
