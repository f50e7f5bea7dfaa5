/**
 * Riparian beside Pywr: synthetic networks written as Pywr v1 and v2 JSON and as basin files, and a harness timing
 * Pywr's test models and those networks on Riparian's cost and priority engines.
 */
package org.riparian.bench.pywr;
