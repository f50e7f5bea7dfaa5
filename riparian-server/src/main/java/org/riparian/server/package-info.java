/**
 * The hydromet data service: {@link org.riparian.server.HydrometServer} serves the store over HTTP (the OGC
 * SensorThings API under {@code /sta/v1.1} and {@code /sta/v1.0}, Riparian's own {@code /api/v1}) and ingests
 * station telemetry from an MQTT broker. Protocol adapters stay thin; the store decides.
 */
package org.riparian.server;
