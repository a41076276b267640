package io.macrodigest.article;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values by request key, each valid for one data version only: a hit from an older version is a miss, so an
 * ingest makes every cached value stale at once without any invalidation message between pods.
 *
 * <p>Reads take no lock: under fifty concurrent requests on two cores, a monitor around every hit made the
 * requests queue behind whichever thread the scheduler had paused while holding it. When full, a store evicts
 * the entry stored longest ago (a value re-stored after each version change counts as fresh).
 *
 * <p>A miss is computed once: requests that miss the same key and version meanwhile wait for that computation
 * instead of each running it (fifty concurrent builds of one cold digest filled a 1 GB heap).
 */
public final class VersionedCache<T> {

    private final Map<String, Slot<T>> slots = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<T>> computing = new ConcurrentHashMap<>();
    private final int capacity;
    private final long maxAgeNanos;

    /**
     * @param capacity entries kept; 0 keeps nothing and shares no computation
     * @param maxAgeNanos how long an entry is served while the version stays the same
     */
    public VersionedCache(int capacity, long maxAgeNanos) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
    }

    T get(String key, long version) {
        Slot<T> s = slots.get(key);
        return s != null && s.version() == version && System.nanoTime() - s.storedAt() <= maxAgeNanos ? s.value() : null;
    }

    /** The cached value, else the one {@code compute} gives, computed by one caller while the others wait for it. */
    public T get(String key, long version, Supplier<T> compute) {
        if (capacity <= 0) {
            // off means off: every caller computes its own (what the uncached benchmark measures)
            return compute.get();
        }
        T hit = get(key, version);
        if (hit != null) {
            return hit;
        }
        String flight = key + '#' + version;
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running = computing.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = compute.get();
            put(key, version, value);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(flight, mine);
        }
    }

    /** The value last stored under {@code key}, whatever its version or age: to compare a fresh value with. */
    public T latest(String key) {
        Slot<T> s = slots.get(key);
        return s == null ? null : s.value();
    }

    /**
     * The value last stored under {@code key} with how long ago it was stored, whatever its version: what is served,
     * marked stale, while the data cannot be read. Null when nothing was stored.
     */
    public Aged<T> lastStored(String key) {
        Slot<T> s = slots.get(key);
        return s == null ? null : new Aged<>(s.value(), java.time.Duration.ofNanos(System.nanoTime() - s.storedAt()));
    }

    public record Aged<T>(T value, java.time.Duration age) {
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
