package io.macrodigest.extract;

import java.time.Duration;

/**
 * The per-page time budget. Checked from the hot loops of every stage so that a hostile page ends in an
 * {@link ExtractionException} instead of occupying a worker thread.
 */
final class Deadline {

    private final long endNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new ExtractionException("time budget of " + budget.toMillis() + " ms exceeded");
        }
    }
}
