package io.macrodigest.ingest;

import java.time.Duration;

/**
 * A page or feed could not be fetched. {@code transientFailure} says whether trying again later may succeed
 * (timeouts, 5xx, 429) or not (404, wrong content type); {@code status} is the HTTP status when a response
 * came (0 otherwise); {@code retryAfter} carries a server's Retry-After when it sent one.
 */
public class FetchException extends RuntimeException {

    private final boolean transientFailure;
    private final int status;
    private final Duration retryAfter;

    public FetchException(String message, boolean transientFailure) {
        this(message, transientFailure, 0, null, null);
    }

    public FetchException(String message, boolean transientFailure, Throwable cause) {
        this(message, transientFailure, 0, null, cause);
    }

    public FetchException(String message, boolean transientFailure, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public int status() {
        return status;
    }

    /** Null unless the server said when to come back. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
