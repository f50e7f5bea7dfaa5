package org.riparian.bench.hydromet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read load from a second process: {@code ReadLoad URL TOKEN RATE SECONDS} sends GET URL at RATE requests a second
 * and prints {@code sent ok p50_ms p99_ms}. Open loop: latency counts from when a request was due, so a slow server
 * cannot hide behind a slow client. Like wrk, it keeps {@link #CONNECTIONS} HTTP/1.1 connections alive and reads
 * replies by Content-Length or chunks: a general-purpose client (the JDK's spent about 1 ms of CPU a request here) would take
 * from the server the very cores whose latency is measured.
 */
public final class ReadLoad {

    static final int CONNECTIONS = 32;
    private static final long STOP = Long.MIN_VALUE;
    private static final AtomicInteger FAILURES = new AtomicInteger();

    private ReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        byte[] request = ("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Bearer " + args[1] + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
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

    /** One kept-alive connection taking due requests in turn; a broken connection is opened again. */
    private static void serve(URI uri, byte[] request, BlockingQueue<Long> due, Latencies latencies, AtomicInteger ok) {
        Socket socket = null;
        InputStream in = null;
        try {
            for (long at = due.take(); at != STOP; at = due.take()) {
                try {
                    if (socket == null) {
                        socket = new Socket(uri.getHost(), uri.getPort());
                        socket.setTcpNoDelay(true);
                        in = new BufferedInputStream(socket.getInputStream(), 65_536);
                    }
                    if (exchange(socket.getOutputStream(), in, request) == 200) {
                        ok.incrementAndGet();
                    }
                } catch (IOException e) {
                    if (FAILURES.getAndIncrement() == 0) {
                        System.err.println("read load: a request failed: " + e.getMessage());
                    }
                    close(socket);
                    socket = null;
                }
                latencies.add(System.nanoTime() - at);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(socket);
        }
    }

    /** Sends the request and reads the whole reply (by Content-Length, or chunk by chunk); returns its status. */
    private static int exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line(in);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).trim());
            } else if (header.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                chunked = header.substring(18).trim().equalsIgnoreCase("chunked");
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length >= 0) {
            skip(in, length);
        } else {
            throw new IOException("a reply with neither Content-Length nor chunks: " + status);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the connection closed mid-reply");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed mid-reply");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to do with a broken connection
            }
        }
    }
}
