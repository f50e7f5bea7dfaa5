package org.riparian.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.riparian.engine.EngineException;
import org.riparian.engine.simulation.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs started over HTTP, one at a time on their own thread (a run uses every core itself), at most
 * {@link #WAITING} waiting behind it; a further request is refused with 503 rather than queued without bound. The
 * latest {@link #KEPT} jobs are kept, the oldest dropped first.
 */
public final class RunQueue implements AutoCloseable {

    static final int WAITING = 4;
    static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(RunQueue.class);

    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(WAITING),
            runnable -> {
                Thread thread = new Thread(runnable, "riparian-runs");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Job> jobs = new ArrayDeque<>();

    /** Queues {@code work}, which reports its progress and returns the result as JSON. */
    public Job submit(String kind, JsonNode request, Function<Progress, JsonNode> work) {
        Job job = new Job(ids.incrementAndGet(), kind, request);
        synchronized (jobs) {
            jobs.addFirst(job);
            if (jobs.size() > KEPT) {
                jobs.removeLast();
            }
        }
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job);
            }
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "the server is busy: one run is in progress and " + WAITING + " are waiting; try again when one has finished");
        }
        return job;
    }

    private static void run(Job job, Function<Progress, JsonNode> work) {
        job.running();
        try {
            job.finished(work.apply(job));
        } catch (IllegalArgumentException | EngineException e) {
            job.failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run {} {} failed", job.kind(), job.id(), e);
            job.failed("the run failed inside the server; the details are in its log");
        }
    }

    /** The jobs of {@code kind}, newest first. */
    public List<Job> jobs(String kind) {
        synchronized (jobs) {
            return jobs.stream().filter(job -> job.kind().equals(kind)).toList();
        }
    }

    public Optional<Job> job(String kind, long id) {
        return jobs(kind).stream().filter(job -> job.id() == id).findFirst();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
