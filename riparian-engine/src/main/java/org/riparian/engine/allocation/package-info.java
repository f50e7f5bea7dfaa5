/**
 * The allocation LP of one network: its named rows and columns, the bounds of each step, preemptive priority tiers
 * with equal-fraction sharing, the per-run state carried between steps, and the errors a step can end in.
 */
package org.riparian.engine.allocation;
