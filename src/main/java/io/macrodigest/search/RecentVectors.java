package io.macrodigest.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The stored title + lead vectors of the articles searches compare with, kept in memory per pod. Meaning-aware
 * search compares a query with up to a thousand recent articles; reading their 1.5 KB vectors from PostgreSQL
 * for every search cost more than the text search itself, while the same recent articles come up in search
 * after search. A vector changes only when its article is re-embedded, so an entry is trusted for
 * {@code maxAgeNanos} (the lag a cached search may also have); an article found to have no vector is remembered
 * as such for as long. When full, the entries of the oldest articles go first.
 */
public final class RecentVectors {

    /** A stored vector and its article's effective time; {@code vector} is null for an article without one. */
    public record Stored(float[] vector, Instant at) {
    }

    private record Entry(Stored stored, long loadedAt) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long maxAgeNanos;

    /** @param capacity articles kept; 0 keeps none (every search reads its vectors) */
    public RecentVectors(int capacity, long maxAgeNanos) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
    }

    /**
     * The stored vectors of {@code ids} (absent: no vector), the missing or expired ones read by {@code load}
     * in one call, which answers only for ids that have a vector.
     */
    public Map<Long, Stored> of(Collection<Long> ids, Function<List<Long>, Map<Long, Stored>> load) {
        long now = System.nanoTime();
        Map<Long, Stored> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Entry e = entries.get(id);
            if (e != null && now - e.loadedAt() <= maxAgeNanos) {
                if (e.stored().vector() != null) {
                    out.put(id, e.stored());
                }
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<Long, Stored> loaded = load.apply(missing);
        out.putAll(loaded);
        if (capacity > 0) {
            for (Long id : missing) {
                entries.put(id, new Entry(loaded.getOrDefault(id, new Stored(null, Instant.EPOCH)), now));
            }
            trim();
        }
        return out;
    }

    /** Past capacity, drops the oldest articles down to nine tenths of it: one sort per many inserts. */
    private void trim() {
        int size = entries.size();
        if (size <= capacity) {
            return;
        }
        entries.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Entry> e) -> e.getValue().stored().at())
                        .thenComparing(Map.Entry::getKey))
                .limit(size - capacity * 9L / 10).map(Map.Entry::getKey).toList()
                .forEach(entries::remove);
    }
}
