/**
 * Pywr v2 (pywr-next) models on Riparian's engine: the JSON schema read into a cost network for the engine's cost
 * allocation mode ({@code org.riparian.engine.costs}), parameters and time series evaluated each step, and each of
 * the model's outputs written in Pywr's CSV layout. A node, parameter or value type this reader does not know is an
 * {@link UnsupportedPywrFeatureException} naming it, never a guess.
 */
package org.riparian.pywr;
