package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The pacing state lives only in the database, so concurrent callers here stand for pods: each gets its own start
 * slot, one spacing after the other, and a Retry-After holds the site back for everyone.
 */
@QuarkusTest
class ClusterPacingTest {

    @Inject
    ClusterPacing pacing;

    @Test
    void concurrentRequestsToOneSiteGetSlotsOneSpacingApart() throws Exception {
        String site = "pacing-" + UUID.randomUUID() + ".example.org:443";
        Duration spacing = Duration.ofSeconds(2);
        List<Callable<Duration>> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(() -> pacing.reserve(site, spacing));
        }
        List<Long> waits = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Duration> f : pool.invokeAll(pods)) {
                waits.add(f.get().toMillis());
            }
        }
        waits.sort(null);
        // 0, 2, 4 and 6 s, less the few milliseconds between the statements
        for (int i = 0; i < waits.size(); i++) {
            long expected = i * spacing.toMillis();
            assertTrue(Math.abs(waits.get(i) - expected) < 500, "slot " + i + ": " + waits);
        }
        assertEquals(0, pacing.reserve("other-" + site, spacing).toSeconds(), "another site is not held back");
    }

    @Test
    void aRetryAfterHoldsTheSiteBackForEveryInstance() {
        String site = "busy-" + UUID.randomUUID() + ".example.org:443";
        pacing.holdBack(site, Duration.ofSeconds(30));
        Duration wait = pacing.reserve(site, Duration.ZERO);
        assertTrue(wait.toSeconds() >= 28 && wait.toSeconds() <= 30, "waits out the Retry-After: " + wait);
    }
}
