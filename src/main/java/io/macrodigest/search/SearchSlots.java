package io.macrodigest.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How many searches work on the database at once ({@code digest.search.max-active}); the others wait their turn
 * in order of arrival, for at most {@code digest.search.max-wait}. Fifty searches at once on 2 cores all slowed each
 * other down: PostgreSQL and the app shared the CPU among them, and whichever search lost the race for a pooled
 * connection waited again (max 2.3 s). A few at a time, first come first served, answer at least as many a second
 * and none waits behind later arrivals. A search that would wait longer is refused with {@link SearchBusyException}
 * (503 with Retry-After) rather than answered after its client has given up.
 */
@ApplicationScoped
public class SearchSlots {

    private final Semaphore slots;
    private final long maxWaitNanos;

    @Inject
    public SearchSlots(SearchConfig config) {
        this(config.maxActive(), config.maxWait());
    }

    SearchSlots(int maxActive, Duration maxWait) {
        this.slots = new Semaphore(Math.max(1, maxActive), true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    public <T> T run(Supplier<T> search) {
        try {
            if (!slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new SearchBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException();
        }
        try {
            return search.get();
        } finally {
            slots.release();
        }
    }

    /** Slots free; for tests. */
    int available() {
        return slots.availablePermits();
    }

    /** Searches waiting for a slot; for tests. */
    int queued() {
        return slots.getQueueLength();
    }
}
