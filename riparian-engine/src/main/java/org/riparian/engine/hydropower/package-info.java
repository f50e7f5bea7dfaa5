/** Hydropower from a finished run: power from flow, head and efficiency, capped by turbines and installed capacity. */
package org.riparian.engine.hydropower;
