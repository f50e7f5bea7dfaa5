/** {@code riparian ensemble}: the engine over generated inflow traces on every core, and the shortage and inflow summaries. */
package org.riparian.cli.ensemble;
