/**
 * Ensemble throughput on one machine: traces per second of the Aral decade year on 1, 2, ... threads and the scaling
 * efficiency, beside which riparian-spark's SparkEnsembleThroughput sets the same figures for Spark local mode.
 */
package org.riparian.bench.ensemble;
