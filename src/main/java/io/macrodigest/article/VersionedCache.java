package io.macrodigest.article;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values by request key, each valid for one data version only: a hit from an older version is a miss, so an
 * ingest makes every cached value stale at once without any invalidation message between pods.
 *
 * <p>Reads take no lock: under fifty concurrent requests on two cores, a monitor around every hit made the
 * requests queue behind whichever thread the scheduler had paused while holding it. When full, a store evicts
 * the entry stored longest ago (a value re-stored after each version change counts as fresh).
 */
public final class VersionedCache<T> {

    private final Map<String, Slot<T>> slots = new ConcurrentHashMap<>();
    private final int capacity;
    private final long maxAgeNanos;

    /**
     * @param capacity entries kept; 0 keeps nothing
     * @param maxAgeNanos how long an entry is served while the version stays the same
     */
    public VersionedCache(int capacity, long maxAgeNanos) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
    }

    public T get(String key, long version) {
        Slot<T> s = slots.get(key);
        return s != null && s.version() == version && System.nanoTime() - s.storedAt() <= maxAgeNanos ? s.value() : null;
    }

    /** The value last stored under {@code key}, whatever its version or age: to compare a fresh value with. */
    public T latest(String key) {
        Slot<T> s = slots.get(key);
        return s == null ? null : s.value();
    }

    public void put(String key, long version, T value) {
        if (capacity <= 0) {
            return;
        }
        slots.put(key, new Slot<>(version, value, System.nanoTime()));
        while (slots.size() > capacity) {
            slots.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().storedAt()))
                    .ifPresent(oldest -> slots.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private record Slot<T>(long version, T value, long storedAt) {
    }
}
