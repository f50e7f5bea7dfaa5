/**
 * Hydropower: the energy of a finished run (power from flow, head and efficiency, capped by turbines and installed
 * capacity), and the hydropower equation both ways (the power of a flow, the flow a power target needs).
 */
package org.riparian.engine.hydropower;
