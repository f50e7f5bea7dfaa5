package org.riparian.store.aggregate;

import java.time.Instant;

/**
 * One period's value: the sum of the totals or the mean of the continuous values in it, with how many values went
 * in and their lowest and highest, in the series' unit.
 */
public record Aggregate(String period, Instant start, Instant end, double value, int count, double min, double max) {
}
