/**
 * OGC's own SensorThings 1.0 conformance suite (ets-sta10, levels 1 to 3), run in the default build against a
 * throwaway server on loopback; it fails on any failure but the suite's own defects named in
 * {@link org.riparian.conformance.SuiteDefects}.
 */
package org.riparian.conformance;
