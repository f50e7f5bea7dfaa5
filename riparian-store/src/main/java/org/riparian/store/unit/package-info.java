/**
 * Units of the observations, converted at the edge: a value delivered in l/s to a Datastream kept in m³/s is stored
 * in m³/s. An unknown unit, or one of another dimension, is refused.
 */
package org.riparian.store.unit;
