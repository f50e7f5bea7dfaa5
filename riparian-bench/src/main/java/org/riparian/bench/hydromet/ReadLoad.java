package org.riparian.bench.hydromet;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read load from a second process: {@code ReadLoad URL TOKEN RATE SECONDS} sends GET URL at RATE requests a second
 * and prints {@code sent ok p50_ms p99_ms}. Open loop: latency counts from when a request was due, so a slow server
 * cannot hide behind a slow client. Like wrk, it keeps {@link #CONNECTIONS} connections alive
 * ({@link KeptAliveConnection}).
 */
public final class ReadLoad {

    static final int CONNECTIONS = 32;
    private static final long STOP = Long.MIN_VALUE;
    private static final AtomicInteger FAILURES = new AtomicInteger();

    private ReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        byte[] request = KeptAliveConnection.request("GET", uri, args[1], null);
        int rate = Integer.parseInt(args[2]);
        int total = rate * Integer.parseInt(args[3]);
        Latencies latencies = new Latencies(total);
        AtomicInteger ok = new AtomicInteger();
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread connection = new Thread(() -> serve(uri, request, due, latencies, ok), "read-load-" + c);
            connection.start();
            connections.add(connection);
        }
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long at = start + (long) (i * 1e9 / rate);
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due.add(at);
        }
        for (int c = 0; c < CONNECTIONS; c++) {
            due.add(STOP);
        }
        for (Thread connection : connections) {
            connection.join(TimeUnit.SECONDS.toMillis(60));
        }
        System.out.printf("%d %d %.2f %.2f%n", total, ok.get(), latencies.percentileMs(50), latencies.percentileMs(99));
        System.exit(0);
    }

    /** One connection taking due requests in turn; a broken connection is opened again. */
    private static void serve(URI uri, byte[] request, BlockingQueue<Long> due, Latencies latencies, AtomicInteger ok) {
        KeptAliveConnection connection = null;
        try {
            for (long at = due.take(); at != STOP; at = due.take()) {
                try {
                    if (connection == null) {
                        connection = new KeptAliveConnection(uri);
                    }
                    if (connection.exchange(request, false).status() == 200) {
                        ok.incrementAndGet();
                    }
                } catch (IOException e) {
                    if (FAILURES.getAndIncrement() == 0) {
                        System.err.println("read load: a request failed: " + e.getMessage());
                    }
                    if (connection != null) {
                        connection.close();
                    }
                    connection = null;
                }
                latencies.add(System.nanoTime() - at);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
