/**
 * The ensemble as an Apache Spark job: trace numbers partitioned across executors, the ensemble's definition
 * broadcast once and built once per executor JVM (which also loads OR-Tools' native library once there), each trace
 * run with its own state, and the outcomes merged on the driver in trace order so the result equals the
 * single-machine run for the same seed.
 */
package org.riparian.spark.ensemble;
