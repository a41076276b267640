package io.macrodigest.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The database's article data version (bumped by a trigger on every write, see V10), read at most once per
 * {@code digest.cache.version-check-interval}: one indexed single-row read instead of recomputing digests.
 * When the reading is stale, one request reads it again while the others keep answering from the last
 * reading, so a burst of requests never queues on the connection pool for the same row.
 */
@ApplicationScoped
public class DataVersion {

    /** @param changedAt when articles last changed, to whole seconds (HTTP dates have no finer precision) */
    public record Stamp(long version, Instant changedAt) {
    }

    private final EntityManager em;
    private final long intervalNanos;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Reading last;

    public DataVersion(EntityManager em, CacheConfig config) {
        this.em = em;
        this.intervalNanos = config.versionCheckInterval().toNanos();
    }

    public Stamp current() {
        Reading r = last;
        long now = System.nanoTime();
        if (r != null && now - r.readAt() < intervalNanos) {
            return r.stamp();
        }
        // a zero interval promises every request the database's value, so it never answers from the last one
        boolean mustRead = r == null || intervalNanos == 0;
        if (!mustRead && !reading.compareAndSet(false, true)) {
            return r.stamp();
        }
        try {
            r = new Reading(read(), now);
            last = r;
            return r.stamp();
        } finally {
            if (!mustRead) {
                reading.set(false);
            }
        }
    }

    /** Runs in the caller's request context; a single-row read needs no transaction. */
    private Stamp read() {
        Object[] row = (Object[]) em.createNativeQuery("select version, changed_at from data_version where id = 1")
                .getSingleResult();
        Instant changed = SqlTimes.instant(row[1]);
        return new Stamp(((Number) row[0]).longValue(), changed.truncatedTo(ChronoUnit.SECONDS));
    }

    private record Reading(Stamp stamp, long readAt) {
    }
}
