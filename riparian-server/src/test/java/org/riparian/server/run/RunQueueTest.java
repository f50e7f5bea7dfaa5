package org.riparian.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.riparian.server.http.Json;

class RunQueueTest {

    /**
     * The first run goes straight to the queue's thread (a pool of one starts its thread with it), the next four wait,
     * and the sixth is refused with 503 instead of waiting without bound.
     */
    @Test
    void oneRunsFourWaitAndTheNextIsRefused() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (RunQueue queue = new RunQueue()) {
            List<Job> accepted = new ArrayList<>();
            for (int i = 0; i < 1 + RunQueue.WAITING; i++) {
                accepted.add(queue.submit("plans", Json.MAPPER.createObjectNode(), progress -> {
                    awaitQuietly(release);
                    return Json.MAPPER.createObjectNode();
                }));
            }

            assertThatThrownBy(() -> queue.submit("plans", Json.MAPPER.createObjectNode(), progress -> Json.MAPPER.createObjectNode()))
                    .isInstanceOf(HttpResponseException.class).hasMessageContaining("busy")
                    .satisfies(e -> assertThat(((HttpResponseException) e).getStatus()).isEqualTo(503));
            assertThat(queue.jobs("plans")).hasSize(1 + RunQueue.WAITING);
            release.countDown();
        }
    }

    @Test
    @Timeout(60)
    void aRunThatFailsOnBadInputSaysWhyAndTheQueueGoesOn() throws InterruptedException {
        try (RunQueue queue = new RunQueue()) {
            Job failing = queue.submit("plans", Json.MAPPER.createObjectNode(), progress -> {
                throw new IllegalArgumentException("reservoir toktogul: level 2000 m is above the crest");
            });
            Job next = queue.submit("plans", Json.MAPPER.createObjectNode(), progress -> Json.MAPPER.createObjectNode().put("ok", true));
            while (next.status() != Job.Status.DONE) {
                Thread.sleep(20);
            }

            assertThat(failing.status()).isEqualTo(Job.Status.FAILED);
            assertThat(failing.toJson(true).get("error").asText()).contains("above the crest");
            assertThat(next.toJson(true).at("/result/ok").asBoolean()).isTrue();
            assertThat(queue.job("plans", next.id())).contains(next);
            assertThat(queue.job("exchange", next.id())).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
