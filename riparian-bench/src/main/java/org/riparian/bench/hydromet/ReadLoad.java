package org.riparian.bench.hydromet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read load from a second process: {@code ReadLoad URL TOKEN RATE SECONDS} sends GET URL at RATE requests a second
 * (open loop: latency counts from when a request was due, so a slow server cannot hide behind a slow client) and prints
 * {@code sent ok p50_ms p99_ms}.
 */
public final class ReadLoad {

    private ReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
        int total = rate * seconds;
        Latencies latencies = new Latencies(total);
        AtomicInteger ok = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.execute(() -> {
                try {
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        ok.incrementAndGet();
                    }
                } catch (Exception e) {
                    // counted as not ok
                }
                latencies.add(System.nanoTime() - due);
            });
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        System.out.printf("%d %d %.2f %.2f%n", total, ok.get(), latencies.percentileMs(50), latencies.percentileMs(99));
        System.exit(0);
    }
}
