/** OGC's own SensorThings 1.0 conformance suite (ets-sta10), run against a throwaway server on loopback; profile {@code cite}. */
package org.riparian.server.conformance;
