/**
 * The hydromet service measured: {@link org.riparian.bench.hydromet.KillNineReliability} kills the server with
 * SIGKILL in the middle of HTTP and MQTT ingestion and checks every acknowledged observation is stored once;
 * {@link org.riparian.bench.hydromet.IngestBenchmark} measures CreateObservations throughput against a raw JDBC batch
 * insert, and read latency.
 */
package org.riparian.bench.hydromet;
