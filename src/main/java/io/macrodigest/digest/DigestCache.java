package io.macrodigest.digest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values by request key, each valid for one data version only: a hit from an older version is a miss, so an
 * ingest makes every cached digest stale at once without any invalidation message between pods.
 */
final class DigestCache<T> {

    private final Map<String, Slot<T>> slots;

    DigestCache(int capacity) {
        this.slots = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Slot<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized T get(String key, long version) {
        Slot<T> s = slots.get(key);
        return s != null && s.version() == version ? s.value() : null;
    }

    synchronized void put(String key, long version, T value) {
        slots.put(key, new Slot<>(version, value));
    }

    private record Slot<T>(long version, T value) {
    }
}
