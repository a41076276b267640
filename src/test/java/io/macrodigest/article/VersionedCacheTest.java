package io.macrodigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    }
}
