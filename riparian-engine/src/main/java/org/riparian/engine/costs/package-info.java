/**
 * Cost-minimising allocation: one LP per step that minimises the sum of cost × flow over a network of input, link,
 * output and storage nodes with minimum and maximum flows, as Pywr and most network water models allocate. It is the
 * engine's second allocation mode beside the preemptive priority tiers of {@code allocation}: priorities there are
 * passes, here they are costs the modeller chooses. Aggregated flow constraints (ratios, losses, licences), mutually
 * exclusive nodes (a small MILP) and zoned storages (zones below control curves, each with its own cost) generalise
 * it so any front end (a Pywr model, a basin file) can use it.
 */
package org.riparian.engine.costs;
