/**
 * Pywr v2 (pywr-next) models on Riparian's engine: the JSON schema read into a cost network for the engine's cost
 * allocation mode ({@code org.riparian.engine.costs}), parameters, tables and time series evaluated each step, one
 * simulation per combination of scenario members, and each of the model's outputs written in Pywr's CSV layout; and
 * the same model written as a basin file for the priority engine ({@link org.riparian.pywr.BasinConversion}) where
 * its features have a basin-file form. A node, parameter or value type this reader does not know is an
 * {@link UnsupportedPywrFeatureException} naming it, never a guess.
 */
package org.riparian.pywr;
