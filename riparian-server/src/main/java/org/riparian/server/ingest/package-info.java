/**
 * Ingestion besides the SensorThings POSTs: a CSV upload with a column mapping and a unit, and MQTT telemetry from
 * stations. Both end in one call of the store's delivery, wholly or not at all.
 */
package org.riparian.server.ingest;
