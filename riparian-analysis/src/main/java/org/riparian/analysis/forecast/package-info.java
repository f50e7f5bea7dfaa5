/**
 * Seasonal volume forecasts: the vegetation-season (April–September) volume at a gauge regressed on what is known
 * before 1 April (the October–March volume, and other predictors when there are any), with leave-one-out
 * cross-validated skill and the forecast as quantiles.
 */
package org.riparian.analysis.forecast;
