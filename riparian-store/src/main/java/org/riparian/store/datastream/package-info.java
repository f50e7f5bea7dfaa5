/**
 * What the rest of the store needs to know of a Datastream, typed: its country, processing level, unit,
 * interpolation type and the series it belongs to (station × property × aggregation, one datastream per level).
 */
package org.riparian.store.datastream;
