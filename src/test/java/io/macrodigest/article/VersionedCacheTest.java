package io.macrodigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    @Test
    void aValueIsServedForItsOwnVersionOnly() {
        VersionedCache<String> cache = new VersionedCache<>(4, Long.MAX_VALUE);
        cache.put("k", 7, "seven");
        assertEquals("seven", cache.get("k", 7));
        assertNull(cache.get("k", 8), "a newer data version makes the entry stale");
        assertEquals("seven", cache.latest("k"), "but it can still be compared with a fresh value");
        cache.put("k", 8, "eight");
        assertEquals("eight", cache.get("k", 8));
    }

    @Test
    void whenFullTheEntryStoredLongestAgoLeavesFirst() throws InterruptedException {
        VersionedCache<String> cache = new VersionedCache<>(2, Long.MAX_VALUE);
        cache.put("a", 1, "A");
        Thread.sleep(1);
        cache.put("b", 1, "B");
        Thread.sleep(1);
        cache.put("a", 2, "A2");
        Thread.sleep(1);
        cache.put("c", 2, "C");
        assertEquals("A2", cache.get("a", 2), "re-stored after a version change: fresh again");
        assertNull(cache.get("b", 1));
        assertEquals("C", cache.get("c", 2));
    }

    @Test
    void entriesExpireAfterTheirMaximumAgeAndZeroCapacityKeepsNothing() throws InterruptedException {
        VersionedCache<String> shortLived = new VersionedCache<>(4, TimeUnit.MILLISECONDS.toNanos(20));
        shortLived.put("k", 1, "v");
        assertEquals("v", shortLived.get("k", 1));
        Thread.sleep(40);
        assertNull(shortLived.get("k", 1));

        VersionedCache<String> off = new VersionedCache<>(0, Long.MAX_VALUE);
        off.put("k", 1, "v");
        assertNull(off.get("k", 1));
        java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
        off.get("k", 1, () -> "v" + computed.incrementAndGet());
        assertEquals("v2", off.get("k", 1, () -> "v" + computed.incrementAndGet()), "off computes every time");
    }

    @Test
    void concurrentMissesOfOneKeyComputeOnce() throws Exception {
        VersionedCache<String> cache = new VersionedCache<>(4, Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.get("digest", 3, () -> {
                        builds.incrementAndGet();
                        sleep(200);
                        return "built";
                    });
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertEquals("built", answer.get(5, TimeUnit.SECONDS));
            }
        }
        assertEquals(1, builds.get());
        assertEquals("built", cache.get("digest", 3));
    }

    @Test
    void aFailedComputationReachesEveryWaiterAndIsNotCached() {
        VersionedCache<String> cache = new VersionedCache<>(4, Long.MAX_VALUE);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> cache.get("k", 1, () -> {
                    throw new IllegalStateException("database down");
                }));
        assertEquals("database down", e.getMessage());
        assertEquals("v", cache.get("k", 1, () -> "v"), "the next caller computes afresh");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
