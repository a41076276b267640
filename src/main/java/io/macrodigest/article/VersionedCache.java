package io.macrodigest.article;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values by request key, each valid for one data version only: a hit from an older version is a miss, so an
 * ingest makes every cached value stale at once without any invalidation message between pods.
 */
public final class VersionedCache<T> {

    private final Map<String, Slot<T>> slots;
    private final long maxAgeNanos;

    /**
     * @param capacity entries kept, least recently used evicted first; 0 keeps nothing
     * @param maxAgeNanos how long an entry is served while the version stays the same
     */
    public VersionedCache(int capacity, long maxAgeNanos) {
        this.maxAgeNanos = maxAgeNanos;
        this.slots = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Slot<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized T get(String key, long version) {
        Slot<T> s = slots.get(key);
        return s != null && s.version() == version && System.nanoTime() - s.storedAt() <= maxAgeNanos ? s.value() : null;
    }

    /** The value last stored under {@code key}, whatever its version or age: to compare a fresh value with. */
    public synchronized T latest(String key) {
        Slot<T> s = slots.get(key);
        return s == null ? null : s.value();
    }

    public synchronized void put(String key, long version, T value) {
        slots.put(key, new Slot<>(version, value, System.nanoTime()));
    }

    private record Slot<T>(long version, T value, long storedAt) {
    }
}
