/**
 * Aggregates of a series by day, decade (days 1–10, 11–20, 21–end), month and season (vegetation Apr–Sep,
 * non-vegetation Oct–Mar): totals are summed ({@code TotalPrec} volumes), continuous values averaged.
 */
package org.riparian.store.aggregate;
