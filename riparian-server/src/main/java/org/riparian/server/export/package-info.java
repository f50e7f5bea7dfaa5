/** Exports of a datastream: WaterML 2.0 XML (a MeasurementTimeseries) and CSV, best available values with their level and flags. */
package org.riparian.server.export;
