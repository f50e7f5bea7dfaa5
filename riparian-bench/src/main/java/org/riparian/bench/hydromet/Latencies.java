package org.riparian.bench.hydromet;

import java.util.Arrays;

/** Latencies in nanoseconds and their percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long value) {
        if (size < nanos.length) {
            nanos[size++] = value;
        }
    }

    synchronized double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    synchronized int size() {
        return size;
    }
}
